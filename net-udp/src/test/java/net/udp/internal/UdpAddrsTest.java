package net.udp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.util.stream.Stream;
import net.api.IP;
import net.api.Net;
import net.api.UDPAddr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The family choice (Go's favoriteAddrFamily) and UDPAddr ⇄ socket address with zones. */
class UdpAddrsTest {

    private static final ProtocolFamily V4 = StandardProtocolFamily.INET;
    private static final ProtocolFamily V6 = StandardProtocolFamily.INET6;

    private static UDPAddr addr(String ip) {
        return new UDPAddr(ip == null ? null : Net.parseIP(ip).orElseThrow(), 0);
    }

    static Stream<Arguments> families() {
        return Stream.of(
                // network, local, remote, listen, family
                Arguments.of("udp", null, null, true, V6),
                Arguments.of("udp", "0.0.0.0", null, true, V6),
                Arguments.of("udp", "::", null, true, V6),
                Arguments.of("udp", "127.0.0.1", null, true, V4),
                Arguments.of("udp", "::1", null, true, V6),
                Arguments.of("udp4", null, null, true, V4),
                Arguments.of("udp6", null, null, true, V6),
                Arguments.of("udp", null, "127.0.0.1", false, V4),
                Arguments.of("udp", null, "::1", false, V6),
                Arguments.of("udp", "::1", "127.0.0.1", false, V6),
                Arguments.of("udp", null, "::", false, V6),
                Arguments.of("udp", null, null, false, V4));
    }

    @ParameterizedTest
    @MethodSource("families")
    void family(String network, String local, String remote, boolean listen, ProtocolFamily want) {
        assertEquals(want, UdpAddrs.family(network, addr(local), addr(remote), listen));
    }

    /** A link-local address with a zone naming an interface: the zone becomes its scope, and back. */
    @Test
    void zoneRoundTrip() throws Exception {
        NetworkInterface lo = NetworkInterface.getByName("lo");
        UDPAddr a = new UDPAddr(Net.parseIP("fe80::1").orElseThrow(), 53, "lo");
        InetSocketAddress sa = UdpAddrs.toSocketAddress(V6, a);
        Inet6Address i6 = assertInstanceOf(Inet6Address.class, sa.getAddress());
        assertEquals(lo.getIndex(), i6.getScopeId());
        assertEquals(a, UdpAddrs.toUDPAddr(V6, sa));
        assertEquals("[fe80::1%lo]:53", UdpAddrs.toUDPAddr(V6, sa).toString());
    }

    /** A numeric zone of an interface the system does not know stays a number (Go's zoneCache.name). */
    @Test
    void unknownZoneIndexStaysNumeric() throws Exception {
        byte[] b = Net.parseIP("fe80::1").orElseThrow().bytes();
        InetSocketAddress sa = new InetSocketAddress(Inet6Address.getByAddress(null, b, 999_999), 7);
        assertEquals("[fe80::1%999999]:7", UdpAddrs.toUDPAddr(V6, sa).toString());
    }

    @Test
    void ipv4SocketsSeeFourBytes() throws Exception {
        InetSocketAddress sa = new InetSocketAddress(IP.v4(127, 0, 0, 1).toInetAddress(), 9);
        assertEquals(4, UdpAddrs.toUDPAddr(V4, sa).ip().length());
        assertEquals(16, UdpAddrs.toUDPAddr(V6, sa).ip().length());
        assertEquals("127.0.0.1:9", UdpAddrs.toUDPAddr(V6, sa).toString());
    }
}
