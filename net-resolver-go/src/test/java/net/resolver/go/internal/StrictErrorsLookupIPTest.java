package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import net.api.Conn;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.OpException;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * Go's {@code TestStrictErrorsLookupIP} ({@code dnsclient_unix_test.go}), its seven cases in
 * strict and lax mode: with {@code StrictErrors} a temporary error anywhere fails the lookup;
 * without it the other answers are used. Go's fake server fails a question with a timeout, a
 * SERVFAIL or a socket error; here the loopback server is silent or sends SERVFAIL, and the
 * socket error comes from the connection of the Resolver's dial function, whose write fails. Both
 * options reach the module as Go's reach its resolver: in the {@link ResolverOptions} of the
 * lookup.
 */
class StrictErrorsLookupIPTest {

    private static final String NAME = "test-issue19592";
    private static final String SEARCH_X = "test-issue19592.x.golang.org.";
    private static final String SEARCH_Y = "test-issue19592.y.golang.org.";

    private enum Fault { OK, OP_ERROR, SERVFAIL, TIMEOUT }

    @TempDir
    Path dir;

    /** Which fault a question meets: Go's {@code resolveWhich}. */
    private interface Which extends BiPredicate<String, Integer> {
    }

    private record Case(String desc, Fault fault, Which which, String strictErr, String laxErr, Set<String> ips) {
    }

    static Stream<Arguments> strictErrorsLookupIP() {
        String timeout = "i/o timeout";
        return Stream.of(
                new Case("No errors", Fault.OK, (n, t) -> false, null, null, Set.of("192.0.2.1", "2001:db8::1")),
                new Case("searchX error fails in strict mode", Fault.TIMEOUT, (n, t) -> n.equals(SEARCH_X),
                        timeout, null, Set.of("192.0.2.1", "2001:db8::1")),
                new Case("searchX IPv4-only timeout fails in strict mode", Fault.TIMEOUT,
                        (n, t) -> n.equals(SEARCH_X) && t == Type.A, timeout, null, Set.of("192.0.2.1", "2001:db8::1")),
                new Case("searchX IPv6-only servfail fails in strict mode", Fault.SERVFAIL,
                        (n, t) -> n.equals(SEARCH_X) && t == Type.AAAA, "server misbehaving", null,
                        Set.of("192.0.2.1", "2001:db8::1")),
                new Case("searchY error always fails", Fault.TIMEOUT, (n, t) -> n.equals(SEARCH_Y),
                        timeout, "no such host", Set.of()),
                new Case("searchY IPv4-only socket error fails in strict mode", Fault.OP_ERROR,
                        (n, t) -> n.equals(SEARCH_Y) && t == Type.A, "write: socket on fire", null, Set.of("2001:db8::1")),
                new Case("searchY IPv6-only timeout fails in strict mode", Fault.TIMEOUT,
                        (n, t) -> n.equals(SEARCH_Y) && t == Type.AAAA, timeout, null, Set.of("192.0.2.1")))
                .flatMap(c -> Stream.of(Arguments.of(c, true), Arguments.of(c, false)));
    }

    private static FakeDnsServer.Response answer(Case c, FakeDnsServer.Query q) {
        if (c.which().test(q.name(), q.type())) {
            switch (c.fault()) {
                case TIMEOUT -> {
                    return FakeDnsServer.Response.silence();
                }
                case SERVFAIL -> {
                    return FakeDnsServer.Response.of(q.rcode(Rcode.SERVFAIL));
                }
                default -> {
                    // OP_ERROR: the query never leaves the client
                }
            }
        }
        if (!q.name().equals(SEARCH_Y)) {
            return FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN)); // to walk the search list
        }
        return FakeDnsServer.Response.of(q.type() == Type.A ? q.reply(a(q.name(), "192.0.2.1"))
                : q.reply(aaaa(q.name(), "2001:db8::1")));
    }

    @ParameterizedTest
    @MethodSource
    void strictErrorsLookupIP(Case c, boolean strict) throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> answer(c, q))) {
            DnsFixture f = new DnsFixture(dir)
                    .resolvConf("nameserver 127.0.0.1", "search x.golang.org y.golang.org", "options timeout:1 attempts:1");
            LoopbackDialer loopback = f.dialer();
            ResolverProvider p = f.provider(server.port());
            // As in Go's test, the faults reach the resolver through the Resolver's own Dial.
            ResolverOptions options = new ResolverOptions(strict, (network, address, deadline) ->
                    c.fault() == Fault.OP_ERROR ? new WriteFails(loopback.dial(network, address, deadline), c.which())
                            : loopback.dial(network, address, deadline));
            String wantErr = strict ? c.strictErr() : c.laxErr();
            if (wantErr == null) {
                List<IPAddr> ips = p.lookupIPAddr("ip", NAME, LookupOrder.DNS, options, null);
                assertEquals(c.ips(), Set.copyOf(ips.stream().map(IPAddr::toString).toList()), c.desc());
                return;
            }
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", NAME, LookupOrder.DNS, options, null), c.desc());
            assertEquals(NAME, e.name(), c.desc());
            assertEquals("127.0.0.1:" + server.port(), e.server(), c.desc());
            assertEquals(wantErr.equals("i/o timeout"), e.timeout(), c.desc());
            assertEquals(!wantErr.equals("no such host"), e.temporary(), c.desc());
            assertEquals(wantErr.equals("no such host"), e.isNotFound(), c.desc());
            if (wantErr.equals("i/o timeout")) {
                assertTrue(e.err().endsWith(wantErr), c.desc() + ": " + e.err());
            } else {
                assertEquals(wantErr, e.err(), c.desc());
            }
            assertEquals(0, loopback.open());
        }
    }

    /** A datagram connection whose write fails for the questions {@code which} picks, as Go's "socket on fire". */
    private static final class WriteFails extends ForwardingConn.Packets {
        private final Which which;

        WriteFails(Conn conn, Which which) {
            super(conn, () -> { });
            this.which = which;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            Message q = new Message(src.duplicate());
            if (which.test(q.getQuestion().getName().toString(), q.getQuestion().getType())) {
                throw new OpException("write", "", null, null, new IOException("socket on fire"));
            }
            return super.write(src);
        }
    }
}
