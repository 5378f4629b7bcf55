package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static net.resolver.go.internal.Records.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.OpException;
import net.api.OpTimeoutException;
import net.api.ResolverDial;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * Go's {@code Resolver.Dial} reaching the pure resolver in the lookup's {@link ResolverOptions}:
 * every query of such a lookup goes through it instead of the module's own dialer, the type of
 * the connection it returns decides the framing (Go's {@code dnsPacketRoundTrip} or
 * {@code dnsStreamRoundTrip}), and its errors become Go's {@link DNSException}.
 */
class ResolverDialTest {

    @TempDir
    Path dir;

    /** A server that answers A, AAAA and TXT of every name. */
    private static FakeDnsServer answering() throws IOException {
        return FakeDnsServer.start(q -> switch (q.type()) {
            case Type.A -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.1")));
            case Type.AAAA -> FakeDnsServer.Response.of(q.reply(aaaa(q.name(), "2001:db8::1")));
            case Type.TXT -> FakeDnsServer.Response.of(q.reply(txt(q.name(), "via dial")));
            default -> FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN));
        });
    }

    private static Set<String> texts(List<IPAddr> addrs) {
        return Set.copyOf(addrs.stream().map(IPAddr::toString).toList());
    }

    @Test
    void everyQueryGoesThroughTheResolversDial() throws IOException {
        try (FakeDnsServer server = answering()) {
            DnsFixture f = new DnsFixture(dir);
            ResolverProvider p = f.provider(server);
            LoopbackDialer users = new LoopbackDialer();
            ResolverOptions options = new ResolverOptions(false, users);
            assertEquals(Set.of("192.0.2.1", "2001:db8::1"),
                    texts(p.lookupIPAddr("ip", "www.example.", LookupOrder.DNS, options, null)));
            assertEquals(List.of("via dial"), p.lookupTXT("www.example.", options, null));
            String at = "127.0.0.1:" + server.port();
            assertEquals(List.of(new LoopbackDialer.Dial("udp", at), new LoopbackDialer.Dial("udp", at),
                    new LoopbackDialer.Dial("udp", at)), users.dials(), "A, AAAA and TXT, one dial each");
            assertEquals(List.of(), f.dialer().dials(), "the module's own dialer is not used");
            assertEquals(0, users.open(), "the resolver closes what the dial function returns");
            // The next lookup, of a Resolver without a dial function, uses the module's dialer again.
            p.lookupTXT("www.example.", ResolverOptions.DEFAULT, null);
            assertEquals(3, users.dials().size());
            assertEquals(List.of(new LoopbackDialer.Dial("udp", at)), f.dialer().dials());
        }
    }

    @Test
    void aStreamConnectionForUDPIsReadAsTCP() throws IOException {
        // Go decides the framing by the connection's type, not by the network it asked for.
        try (FakeDnsServer server = answering()) {
            DnsFixture f = new DnsFixture(dir);
            ResolverDial tcpOnly = (network, address, deadline) -> f.dialer().dial("tcp", address, deadline);
            ResolverOptions options = new ResolverOptions(false, tcpOnly);
            assertEquals(Set.of("192.0.2.1", "2001:db8::1"),
                    texts(f.provider(server).lookupIPAddr("ip", "www.example.", LookupOrder.DNS, options, null)));
            assertEquals(Set.of("tcp A www.example.", "tcp AAAA www.example."), Set.copyOf(server.log()));
            assertEquals(2, server.log().size());
        }
    }

    @Test
    void aDatagramConnectionForTCPIsReadAsUDP() throws IOException {
        try (FakeDnsServer server = answering()) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc");
            ResolverDial udpOnly = (network, address, deadline) -> f.dialer().dial("udp", address, deadline);
            ResolverOptions options = new ResolverOptions(false, udpOnly);
            assertEquals(List.of("via dial"), f.provider(server).lookupTXT("www.example.", options, null));
            assertEquals(List.of("udp TXT www.example."), server.log());
        }
    }

    static Stream<Arguments> dialErrorsAreDNSErrors() {
        IOException plain = new IOException("dial refused by the test");
        OpException op = new OpException("dial", "udp", null, null, new IOException("connection refused"));
        OpTimeoutException timeout = new OpTimeoutException("dial", "udp", null, null);
        // Go's tryOneName: newDNSError of the dial's error, made temporary when it is an OpError; the
        // error stays reachable as the cause (Go's TestDNSErrorUnwrap, with a timeout for DeadlineExceeded).
        return Stream.of(
                Arguments.of("plain error", plain, plain.getMessage(), false, false),
                Arguments.of("OpError", op, op.getMessage(), false, true),
                Arguments.of("OpError timeout", timeout, timeout.getMessage(), true, true),
                Arguments.of("no connection", null, "dial udp 127.0.0.1:PORT: the Resolver's dial function returned no connection",
                        false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void dialErrorsAreDNSErrors(String desc, IOException thrown, String wantErr, boolean timeout, boolean temporary)
            throws IOException {
        try (FakeDnsServer server = answering()) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options attempts:2")
                    .provider(server);
            AtomicInteger dials = new AtomicInteger();
            ResolverOptions options = new ResolverOptions(false, (network, address, deadline) -> {
                dials.incrementAndGet();
                if (thrown != null) {
                    throw thrown;
                }
                return null;
            });
            DNSException e = assertThrows(DNSException.class, () -> p.lookupTXT("www.example.", options, null));
            String server1 = "127.0.0.1:" + server.port();
            assertEquals(wantErr.replace("PORT", Integer.toString(server.port())), e.err());
            assertEquals("lookup www.example. on " + server1 + ": " + e.err(), e.getMessage());
            assertEquals("www.example.", e.name());
            assertEquals(server1, e.server());
            assertEquals(timeout, e.timeout());
            assertEquals(temporary, e.temporary());
            assertEquals(false, e.isNotFound());
            if (thrown != null) {
                assertSame(thrown, e.getCause());
            }
            assertEquals(List.of(), server.log(), "nothing was sent");
            assertEquals(2, dials.get(), "each attempt dials again");
        }
    }

    @Test
    void anUncheckedExceptionOfTheDialEndsTheLookup() throws IOException {
        try (FakeDnsServer server = answering()) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            IllegalStateException bug = new IllegalStateException("bug in the dial function");
            ResolverOptions options = new ResolverOptions(true, (network, address, deadline) -> {
                throw bug;
            });
            assertSame(bug, assertThrows(IllegalStateException.class, () -> p.lookupTXT("www.example.", options, null)));
            assertSame(bug, assertThrows(IllegalStateException.class,
                    () -> p.lookupIPAddr("ip", "www.example.", LookupOrder.DNS, options, null)));
        }
    }
}
