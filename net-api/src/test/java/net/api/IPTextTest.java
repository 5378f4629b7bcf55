package net.api;

import static net.api.Bytes.ip;
import static net.api.Bytes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's {@code ip_test.go} for IP text marshalling (the MarshalText half of {@code ipStringTests},
 * the UnmarshalText half of {@code TestParseIP}, {@code TestMarshalEmptyIP}), and the conversion
 * to and from the JDK's {@link InetAddress}.
 */
class IPTextTest {

    @ParameterizedTest
    @MethodSource("net.api.IPTest#ipStringTests")
    void marshalText(IP in, String str) throws AddrException {
        if (in.length() == 0) {
            assertEquals("", in.marshalText());
        } else if (in.length() != 4 && in.length() != 16) {
            AddrException e = assertThrows(AddrException.class, in::marshalText);
            assertEquals("invalid IP address", e.err());
            assertEquals(str.substring(1), e.addr());
        } else {
            assertEquals(str, in.marshalText());
        }
    }

    @ParameterizedTest
    @MethodSource("net.api.IPTest#parseIPTests")
    void unmarshalText(String in, IP want) throws ParseException {
        if (in.isEmpty()) {
            return; // TestMarshalEmptyIP
        }
        if (want == null) {
            ParseException e = assertThrows(ParseException.class, () -> IP.unmarshalText(in));
            assertEquals("IP address", e.type());
            assertEquals(in, e.text());
            assertEquals("invalid IP address: " + in, e.getMessage());
        } else {
            assertEquals(want, IP.unmarshalText(in));
        }
    }

    /** Go's {@code TestMarshalEmptyIP}. */
    @Test
    void marshalEmptyIP() throws Exception {
        assertEquals(ip(), IP.unmarshalText(""));
        assertEquals("", ip().marshalText());
        assertThrows(IllegalArgumentException.class, () -> IP.unmarshalText(null));
    }

    @Test
    void marshalTextOfBadLength() {
        AddrException e = assertThrows(AddrException.class, () -> ip(1, 2, 3).marshalText());
        assertEquals("address 010203: invalid IP address", e.getMessage());
    }

    @Test
    void toInetAddress() throws Exception {
        InetAddress a = IP.v4(127, 0, 0, 1).toInetAddress();
        assertInstanceOf(Inet4Address.class, a);
        assertEquals("127.0.0.1", a.getHostAddress());
        assertInstanceOf(Inet4Address.class, ip(127, 0, 0, 2).toInetAddress());
        InetAddress six = IP.IPV6_LOOPBACK.toInetAddress();
        assertInstanceOf(Inet6Address.class, six);
        assertEquals(0, ((Inet6Address) six).getScopeId());
        assertInstanceOf(Inet6Address.class, parse("::1.2.3.4").toInetAddress(), "IPv4-compatible stays IPv6");
        assertThrows(AddrException.class, () -> ip().toInetAddress());
        assertThrows(AddrException.class, () -> ip(1, 2, 3).toInetAddress());
        assertThrows(IllegalArgumentException.class, () -> IP.IPV6_LOOPBACK.toInetAddress(null));
    }

    static Stream<Arguments> zones() {
        return Stream.of(
                Arguments.of("", 0),
                Arguments.of("7", 7),
                Arguments.of("12abc", 12),
                Arguments.of("no-such-interface-here", 0),
                Arguments.of("99999999999", 0xFFFFFF));
    }

    @ParameterizedTest
    @MethodSource("zones")
    void toInetAddressWithNumericZone(String zone, int scope) throws Exception {
        Inet6Address a = (Inet6Address) parse("fe80::1").toInetAddress(zone);
        assertEquals(scope, a.getScopeId());
    }

    @Test
    void toInetAddressWithInterfaceZone() throws Exception {
        NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress());
        org.junit.jupiter.api.Assumptions.assumeTrue(lo != null, "no loopback interface found");
        Inet6Address a = (Inet6Address) parse("fe80::1").toInetAddress(lo.getName());
        assertEquals(lo.getIndex(), a.getScopeId());
    }

    @Test
    void zoneOfIPv4IsIgnored() throws AddrException {
        assertInstanceOf(Inet4Address.class, IP.v4(127, 0, 0, 1).toInetAddress("7"));
    }

    @Test
    void fromInetAddress() throws UnknownHostException, SocketException {
        assertEquals(IP.v4(127, 0, 0, 1), IP.fromInetAddress(InetAddress.getByAddress(Bytes.of(127, 0, 0, 1))));
        assertEquals(IP.IPV6_LOOPBACK, IP.fromInetAddress(InetAddress.getByAddress(IP.IPV6_LOOPBACK.bytes())));
        IP scoped = parse("fe80::1");
        assertEquals(scoped, IP.fromInetAddress(Inet6Address.getByAddress(null, scoped.bytes(), 3)));
        assertThrows(IllegalArgumentException.class, () -> IP.fromInetAddress(null));
    }
}
