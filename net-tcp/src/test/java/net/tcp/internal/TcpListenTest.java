package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import java.util.stream.Stream;
import jdk.net.ExtendedSocketOptions;
import net.api.IP;
import net.api.KeepAliveConfig;
import net.api.OpException;
import net.api.OpTimeoutException;
import net.api.TCPAddr;
import net.api.spi.ListenRequest;
import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Listening, after Go's {@code listen_test.go}: the address family each network and wildcard
 * gets (TestTCPListener, TestDualStackTCPListener), SO_REUSEADDR, the Control hook, and what
 * accepted connections get.
 */
class TcpListenTest {

    private static final IP V4_ANY = IP.v4(0, 0, 0, 0);
    private static final IP V6_ANY = IP.of(new byte[16]);

    /**
     * Which clients reach a listener: network, listen IP (null = wildcard), whether an IPv4
     * client and an IPv6 client get through. Go's favoriteAddrFamily on Linux with IPv4-mapped
     * support: "tcp" on a wildcard is dual-stack, "tcp4" IPv4 only, "tcp6" IPv6 only.
     */
    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("tcp", null, true, true, "[::]"),
                Arguments.of("tcp", V4_ANY, true, true, "[::]"),
                Arguments.of("tcp", V6_ANY, true, true, "[::]"),
                Arguments.of("tcp", Loopback.V4, true, false, "127.0.0.1"),
                Arguments.of("tcp", Loopback.V6, false, true, "[::1]"),
                Arguments.of("tcp4", null, true, false, "0.0.0.0"),
                Arguments.of("tcp4", V4_ANY, true, false, "0.0.0.0"),
                Arguments.of("tcp4", Loopback.V4, true, false, "127.0.0.1"),
                Arguments.of("tcp6", null, false, true, "[::]"),
                Arguments.of("tcp6", V6_ANY, false, true, "[::]"),
                Arguments.of("tcp6", Loopback.V6, false, true, "[::1]"));
    }

    @ParameterizedTest
    @MethodSource("families")
    void whoGetsThrough(String network, IP ip, boolean v4, boolean v6, String host) throws Exception {
        try (TCPListener ln = Loopback.listen(network, new TCPAddr(ip, 0))) {
            int port = ln.addr().port();
            assertTrue(port > 0);
            IP any = host.startsWith("[") ? (host.equals("[::1]") ? Loopback.V6 : V6_ANY)
                    : host.equals("127.0.0.1") ? Loopback.V4 : V4_ANY;
            assertEquals(new TCPAddr(any, port), ln.addr());
            assertEquals(host + ":" + port, ln.addr().toString());
            assertEquals(v4, reaches(ln, Loopback.V4), "IPv4 client");
            assertEquals(v6, reaches(ln, Loopback.V6), "IPv6 client");
        }
    }

    /** Whether a client from {@code ip} is accepted (bounded by a 0.7 s accept deadline). */
    private static boolean reaches(TCPListener ln, IP ip) throws Exception {
        TCPConn c;
        try {
            c = Loopback.dial(new TCPAddr(ip, ln.addr().port()));
        } catch (OpException e) {
            return false;
        }
        try (c) {
            ln.setDeadline(Loopback.in(Duration.ofMillis(700)));
            try (TCPConn s = ln.accept()) {
                assertEquals(c.localAddr().port(), s.remoteAddr().port());
                return true;
            } catch (OpTimeoutException e) {
                return false;
            } finally {
                ln.setDeadline(null);
            }
        }
    }

    /** Go's TestDualStackTCPListener: which pairs of listens may share a port. */
    static Stream<Arguments> dualStackPairs() {
        return Stream.of(
                Arguments.of("tcp", null, "tcp", null, false),
                Arguments.of("tcp", V4_ANY, "tcp", V6_ANY, false),
                Arguments.of("tcp4", V4_ANY, "tcp", V6_ANY, false),
                // Go: true (IPV6_V6ONLY); the JDK cannot set it, so "tcp6" on :: holds IPv4's port too
                Arguments.of("tcp4", V4_ANY, "tcp6", V6_ANY, false),
                Arguments.of("tcp4", Loopback.V4, "tcp6", Loopback.V6, true),
                Arguments.of("tcp", Loopback.V4, "tcp", Loopback.V6, true));
    }

    @ParameterizedTest
    @MethodSource("dualStackPairs")
    void sharingAPort(String n1, IP ip1, String n2, IP ip2, boolean ok) throws Exception {
        try (TCPListener first = Loopback.listen(n1, new TCPAddr(ip1, 0))) {
            TCPAddr second = new TCPAddr(ip2, first.addr().port());
            if (ok) {
                Loopback.listen(n2, second).close();
            } else {
                OpException e = assertThrows(OpException.class, () -> Loopback.listen(n2, second));
                assertEquals("listen " + n2 + " " + second + ": bind: address already in use", e.getMessage());
            }
        }
    }

    @Test
    void reuseAddrAndControl() throws Exception {
        NetworkChannel[] ch = new NetworkChannel[1];
        String[] seen = new String[2];
        try (TCPListener ln = (TCPListener) Loopback.PROVIDER.listen(new ListenRequest("tcp4",
                new TCPAddr(Loopback.V4, 0), null, (n, a, x) -> {
                    seen[0] = n;
                    seen[1] = a;
                    ch[0] = (NetworkChannel) x;
                }))) {
            assertEquals("tcp4", seen[0]);
            assertEquals(new TCPAddr(Loopback.V4, 0).toString(), seen[1]);
            assertTrue(ch[0].getOption(StandardSocketOptions.SO_REUSEADDR));
        }
    }

    @Test
    void acceptedConnsGetDefaults() throws Exception {
        KeepAliveConfig ka = new KeepAliveConfig(true, Duration.ofSeconds(30), Duration.ZERO, 4);
        try (TCPListener ln = (TCPListener) Loopback.PROVIDER.listen(
                new ListenRequest("tcp", new TCPAddr(Loopback.V4, 0), ka, null))) {
            try (TCPConn c = Loopback.dial(Loopback.target(ln, Loopback.V4)); TCPConn s = ln.accept()) {
                NetworkChannel ch = ((TcpConn) s).channel();
                assertTrue(ch.getOption(StandardSocketOptions.TCP_NODELAY));
                assertTrue(ch.getOption(StandardSocketOptions.SO_KEEPALIVE));
                assertEquals(30, ch.getOption(ExtendedSocketOptions.TCP_KEEPIDLE));
                assertEquals(15, ch.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL));
                assertEquals(4, ch.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT));
                assertEquals(c.localAddr(), s.remoteAddr());
                assertEquals(c.remoteAddr(), s.localAddr());
            }
        }
    }

    @Test
    void listenErrors() throws Exception {
        OpException e = assertThrows(OpException.class, () -> Loopback.listen("tcp9", new TCPAddr(null, 0)));
        assertEquals("listen tcp9 :0: unknown network tcp9", e.getMessage());
        OpException ctl = assertThrows(OpException.class, () -> Loopback.PROVIDER.listen(new ListenRequest(
                "tcp", new TCPAddr(Loopback.V4, 0), null, (n, a, x) -> {
                    throw new java.io.IOException("refused by control");
                })));
        assertEquals("listen tcp 127.0.0.1:0: refused by control", ctl.getMessage());
    }
}
