package net.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import net.api.Addr;
import net.api.Conn;
import net.api.Dialer;
import net.api.IP;
import net.api.Listener;
import net.api.Net;
import net.api.OpException;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnixAddr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's TestDialerLocalAddr end to end: dials from each local address to IPv4 and IPv6 loopback listeners. */
class DialerLocalAddrTest {

    private static Listener ln4;
    private static Listener ln6;
    private static List<Thread> servers;

    @BeforeAll
    static void listen() throws IOException {
        ln4 = Net.listen("tcp4", "127.0.0.1:0");
        ln6 = Net.listen("tcp6", "[::1]:0");
        servers = List.of(AcceptLoop.acceptAndClose(ln4), AcceptLoop.acceptAndClose(ln6));
    }

    @AfterAll
    static void close() throws Exception {
        ln4.close();
        ln6.close();
        for (Thread t : servers) {
            t.join();
        }
    }

    private static IP ip(String s) {
        return Net.parseIP(s).orElseThrow();
    }

    private static IP to4(String s) {
        return ip(s).to4().orElseThrow();
    }

    /** Go's table, in Go's order (but the fifth row): network, remote IP, local address, whether the dial fails. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("tcp4", "127.0.0.1", null, false),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(null, 0), false),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("0.0.0.0"), 0), false),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(to4("0.0.0.0"), 0), false),
                // Go's row ("tcp4", "127.0.0.1", [::]:0, fails) is tcp4FromTheIPv6Wildcard below.
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(to4("127.0.0.1"), 0), false),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("127.0.0.1"), 0), false),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("::1"), 0), true),
                Arguments.of("tcp4", "127.0.0.1", new UDPAddr(null, 0), true),
                Arguments.of("tcp4", "127.0.0.1", new UnixAddr("", ""), true),

                Arguments.of("tcp6", "::1", null, false),
                Arguments.of("tcp6", "::1", new TCPAddr(null, 0), false),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("0.0.0.0"), 0), false),
                Arguments.of("tcp6", "::1", new TCPAddr(to4("0.0.0.0"), 0), false),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("::"), 0), false),
                Arguments.of("tcp6", "::1", new TCPAddr(to4("127.0.0.1"), 0), true),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("127.0.0.1"), 0), true),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("::1"), 0), false),
                Arguments.of("tcp6", "::1", new UDPAddr(null, 0), true),
                Arguments.of("tcp6", "::1", new UnixAddr("", ""), true),

                Arguments.of("tcp", "127.0.0.1", null, false),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(null, 0), false),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("0.0.0.0"), 0), false),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(to4("0.0.0.0"), 0), false),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(to4("127.0.0.1"), 0), false),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("127.0.0.1"), 0), false),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("::1"), 0), true),
                Arguments.of("tcp", "127.0.0.1", new UDPAddr(null, 0), true),
                Arguments.of("tcp", "127.0.0.1", new UnixAddr("", ""), true),

                Arguments.of("tcp", "::1", null, false),
                Arguments.of("tcp", "::1", new TCPAddr(null, 0), false),
                Arguments.of("tcp", "::1", new TCPAddr(ip("0.0.0.0"), 0), false),
                Arguments.of("tcp", "::1", new TCPAddr(to4("0.0.0.0"), 0), false),
                Arguments.of("tcp", "::1", new TCPAddr(ip("::"), 0), false),
                Arguments.of("tcp", "::1", new TCPAddr(to4("127.0.0.1"), 0), true),
                Arguments.of("tcp", "::1", new TCPAddr(ip("127.0.0.1"), 0), true),
                Arguments.of("tcp", "::1", new TCPAddr(ip("::1"), 0), false),
                Arguments.of("tcp", "::1", new UDPAddr(null, 0), true),
                Arguments.of("tcp", "::1", new UnixAddr("", ""), true),

                // Go's issue 34264 row: Linux supports IPv4-mapped IPv6, so a dual-stack local wildcard works.
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("::"), 0), false));
    }

    @ParameterizedTest
    @MethodSource("table")
    void dialerLocalAddr(String network, String raddr, Addr laddr, boolean fails) throws IOException {
        Listener ln = ip(raddr).to4().isPresent() ? ln4 : ln6;
        Dialer d = Dialer.builder().localAddr(laddr).build();
        if (fails) {
            OpException e = assertInstanceOf(OpException.class, dialError(d, network, ln.addr().toString()));
            assertEquals("dial", e.op());
        } else {
            try (Conn c = d.dial(network, ln.addr().toString())) {
                assertEquals(ln.addr().toString(), c.remoteAddr().toString());
            }
        }
    }

    /** Go's fifth row: a tcp4 dial cannot bind the IPv6 wildcard ("address ::: non-IPv4 address"). */
    @Test
    void tcp4FromTheIPv6Wildcard() {
        Dialer d = Dialer.builder().localAddr(new TCPAddr(ip("::"), 0)).build();
        OpException e = assertInstanceOf(OpException.class, dialError(d, "tcp4", ln4.addr().toString()));
        assertEquals("dial tcp4 [::]:0->" + ln4.addr() + ": address ::: non-IPv4 address", e.getMessage());
    }

    private static Throwable dialError(Dialer d, String network, String address) {
        try (Conn c = d.dial(network, address)) {
            return null;
        } catch (Throwable e) {
            return e;
        }
    }
}
