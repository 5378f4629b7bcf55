package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.api.DNSException;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * The module's own UDP sockets ({@link UdpSockets}): one socket per lookup, serving a bounded
 * number of lookups in a row, closed at once when its lookup went wrong, and closed when idle.
 */
class UdpSocketsTest {

    private static final String SERVER = "127.0.0.1:53"; // connected only: nothing is sent to it

    @TempDir
    Path dir;

    /** Answers A and AAAA of every name but fail.example. (SERVFAIL) and silent.example. (no reply). */
    private static FakeDnsServer server() throws IOException {
        return FakeDnsServer.start(q -> {
            if (q.name().equals("fail.example.")) {
                return FakeDnsServer.Response.of(q.rcode(Rcode.SERVFAIL));
            }
            if (q.name().equals("silent.example.")) {
                return FakeDnsServer.Response.silence();
            }
            return switch (q.type()) {
                case Type.A -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.1")));
                case Type.AAAA -> FakeDnsServer.Response.of(q.reply(aaaa(q.name(), "2001:db8::1")));
                default -> FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN));
            };
        });
    }

    private static void lookup(ResolverProvider p, String name) throws IOException {
        p.lookupIPAddr("ip", name, LookupOrder.DNS, ResolverOptions.DEFAULT, null);
    }

    /** The source port of each query the server got, in order. */
    private static List<Integer> ports(FakeDnsServer server) {
        return server.queries().stream().map(q -> q.from().getPort()).toList();
    }

    @Test
    void aSocketServesUsesLookupsInARowThenAFreshOneTakesOver() throws IOException {
        try (FakeDnsServer server = server()) {
            DnsFixture f = new DnsFixture(dir).socketUses(3);
            ResolverProvider p = f.provider(server);
            for (int i = 0; i < 4; i++) {
                lookup(p, "n" + i + ".example.");
            }
            List<Integer> ports = ports(server);
            assertEquals(8, ports.size(), "A and AAAA of four lookups");
            assertEquals(List.of(ports.get(0), ports.get(0), ports.get(0), ports.get(0), ports.get(0), ports.get(0)),
                    ports.subList(0, 6), "one socket for the first three lookups");
            assertEquals(ports.get(6), ports.get(7));
            assertNotEquals(ports.get(0), ports.get(6), "the fourth lookup asks from a fresh socket");
            assertEquals(2, f.dialer().dials().size());
            assertEquals(1, f.dialer().open(), "the fresh socket is idle, kept for the next lookup");
        }
    }

    @Test
    void aSocketWhoseLookupGotAnErrorReplyIsStillReused() throws IOException {
        try (FakeDnsServer server = server()) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options attempts:1").socketUses(3);
            ResolverProvider p = f.provider(server);
            assertInstanceOf(DNSException.class, assertThrows(IOException.class, () -> lookup(p, "fail.example.")));
            lookup(p, "ok.example.");
            List<Integer> ports = ports(server);
            assertEquals(4, ports.size());
            assertEquals(ports.get(0), ports.get(3), "every reply came: the socket served the next lookup");
        }
    }

    @Test
    void aSocketWhoseLookupTimedOutIsClosedAtOnce() throws IOException {
        try (FakeDnsServer server = server()) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:1 attempts:1")
                    .socketUses(3);
            ResolverProvider p = f.provider(server);
            DNSException e = assertInstanceOf(DNSException.class,
                    assertThrows(IOException.class, () -> lookup(p, "silent.example.")));
            assertTrue(e.timeout(), e.toString());
            assertEquals(0, f.dialer().open(), "a late reply never waits on an idle socket");
            lookup(p, "ok.example.");
            List<Integer> ports = ports(server);
            assertNotEquals(ports.get(0), ports.get(2), "the next lookup asks from a fresh socket");
        }
    }

    @Test
    void idleSocketsAreClosedAfterMaxIdle() throws Exception {
        try (FakeDnsServer server = server()) {
            DnsFixture f = new DnsFixture(dir).socketUses(UdpSockets.DEFAULT_USES);
            lookup(f.provider(server), "ok.example.");
            assertEquals(1, f.dialer().open(), "idle after its lookup");
            assertTrue(awaitClosed(f.dialer(), Duration.ofSeconds(10)), "still open: " + f.dialer().open());
        }
    }

    @Test
    void atMostMaxIdleSocketsAreKept() throws Exception {
        LoopbackDialer dialer = new LoopbackDialer();
        UdpSockets sockets = new UdpSockets(dialer, UdpSockets.DEFAULT_USES);
        List<UdpSockets.Lease> leases = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(5);
        for (int i = 0; i <= UdpSockets.MAX_IDLE_SOCKETS; i++) {
            leases.add(sockets.take(SERVER, deadline));
        }
        leases.forEach(l -> sockets.release(l, true));
        assertEquals(UdpSockets.MAX_IDLE_SOCKETS, dialer.open(), "one more than the most kept is closed");
        UdpSockets.Lease again = sockets.take(SERVER, deadline);
        assertEquals(leases.get(leases.size() - 2).conn(), again.conn(), "the socket idle the shortest time is taken first");
        assertEquals(1, again.served(), "it has served one lookup");
        sockets.release(again, true);
        assertTrue(awaitClosed(dialer, Duration.ofSeconds(10)), "the idle ones are closed in time: " + dialer.open());
    }

    @Test
    void aSocketReleasedAfterAFailureIsClosed() throws IOException {
        LoopbackDialer dialer = new LoopbackDialer();
        UdpSockets sockets = new UdpSockets(dialer, UdpSockets.DEFAULT_USES);
        sockets.release(sockets.take(SERVER, Instant.now().plusSeconds(5)), false);
        assertEquals(0, dialer.open());
    }

    @Test
    void usesBelowOneIsRejected() {
        assertEquals("uses 0 is less than 1", assertThrows(IllegalArgumentException.class,
                () -> new UdpSockets(new LoopbackDialer(), 0)).getMessage());
    }

    /** Waits, for at most {@code limit}, until every connection of {@code dialer} is closed. */
    private static boolean awaitClosed(LoopbackDialer dialer, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (dialer.open() > 0 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return dialer.open() == 0;
    }
}
