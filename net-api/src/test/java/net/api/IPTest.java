package net.api;

import static net.api.Bytes.ip;
import static net.api.Bytes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code ip_test.go}: parsing and printing of IP addresses, To4, To16 and Equal. */
class IPTest {

    /** Go's {@code parseIPTests}, in Go's order; a null IP is Go's nil (parse fails). */
    static Stream<Arguments> parseIPTests() {
        IP ipv6 = ip(0x20, 0x01, 0x48, 0x60, 0, 0, 0x20, 0x01, 0, 0, 0, 0, 0, 0, 0x00, 0x68);
        return Stream.of(
                Arguments.of("127.0.1.2", IP.v4(127, 0, 1, 2)),
                Arguments.of("127.0.0.1", IP.v4(127, 0, 0, 1)),
                Arguments.of("::ffff:127.1.2.3", IP.v4(127, 1, 2, 3)),
                Arguments.of("::ffff:7f01:0203", IP.v4(127, 1, 2, 3)),
                Arguments.of("0:0:0:0:0000:ffff:127.1.2.3", IP.v4(127, 1, 2, 3)),
                Arguments.of("0:0:0:0::ffff:127.1.2.3", IP.v4(127, 1, 2, 3)),
                Arguments.of("2001:4860:0:2001::68", ipv6),
                Arguments.of("2001:4860:0000:2001:0000:0000:0000:0068", ipv6),
                Arguments.of("-0.0.0.0", null),
                Arguments.of("0.-1.0.0", null),
                Arguments.of("0.0.-2.0", null),
                Arguments.of("0.0.0.-3", null),
                Arguments.of("127.0.0.256", null),
                Arguments.of("abc", null),
                Arguments.of("123:", null),
                Arguments.of("fe80::1%lo0", null),
                Arguments.of("fe80::1%911", null),
                Arguments.of("", null),
                Arguments.of("0:0:0:0:000000:ffff:127.1.2.3", null),
                Arguments.of("0:0:0:0:00000:ffff:127.1.2.3", null),
                Arguments.of("a1:a2:a3:a4::b1:b2:b3:b4", null),
                Arguments.of("127.001.002.003", null),
                Arguments.of("::ffff:127.001.002.003", null),
                Arguments.of("123.000.000.000", null),
                Arguments.of("1.2..4", null),
                Arguments.of("0123.0.0.1", null),
                // cases Go's table misses
                Arguments.of("::", IP.IPV6_UNSPECIFIED),
                Arguments.of("::1", IP.IPV6_LOOPBACK),
                Arguments.of("1::", ip(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                Arguments.of("FF02::2", IP.IPV6_LINKLOCALALLROUTERS),
                Arguments.of("::1.2.3.4", ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4)),
                Arguments.of("0.0.0.0", IP.IPV4_ZERO),
                Arguments.of("255.255.255.255", IP.IPV4_BCAST),
                Arguments.of("1:2:3:4:5:6:7:8", ip(0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8)),
                Arguments.of("1:2:3:4:5:6:1.2.3.4", ip(0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 1, 2, 3, 4)),
                Arguments.of("1:2:3:4:5:6:7::", ip(0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0)),
                Arguments.of("1::2:3:4:5:6:7:8", null),
                Arguments.of("1:2:3:4:5:6:7:8::", null),
                Arguments.of("1:2:3:4:5:6:7:8:9", null),
                Arguments.of("1:2:3:4:5:1.2.3.4", null),
                Arguments.of("1:2:3:4:5:6:7:1.2.3.4", null),
                Arguments.of("1::2::3", null),
                Arguments.of(":1::2", null),
                Arguments.of("1::2:", null),
                Arguments.of("12345::", null),
                Arguments.of("g::", null),
                Arguments.of("1.2.3", null),
                Arguments.of("1.2.3.4.5", null),
                Arguments.of("1.2.3.4%eth0", null),
                Arguments.of("%eth0", null),
                Arguments.of("fe80::1%", null),
                Arguments.of("::1.2.3", null),
                Arguments.of("\u0661.2.3.4", null),
                Arguments.of("\uff11::", null));
    }

    @ParameterizedTest
    @MethodSource("parseIPTests")
    void parseIP(String in, IP want) {
        assertEquals(Optional.ofNullable(want), Net.parseIP(in), in);
    }

    @Test
    void parseIPAlwaysGives16Bytes() {
        assertEquals(16, parse("10.1.2.3").length());
        assertEquals(16, parse("::ffff:10.1.2.3").length());
        assertEquals(16, parse("2001:db8::1").length());
    }

    @Test
    void parseIPRejectsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Net.parseIP(null));
        assertEquals("s is null", e.getMessage());
    }

    /** Go's {@code ipStringTests} (the String half; MarshalText is in {@code IPTextTest}). */
    static Stream<Arguments> ipStringTests() {
        return Stream.of(
                Arguments.of(ip(192, 0, 2, 1), "192.0.2.1"),
                Arguments.of(ip(0, 0, 0, 0), "0.0.0.0"),
                Arguments.of(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1), "192.0.2.1"),
                Arguments.of(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0), "0.0.0.0"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1), "2001:db8::123:12:1"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1), "2001:db8::1"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0, 0, 0x1), "2001:db8:0:1:0:1:0:1"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0x1, 0, 0, 0, 0x1, 0, 0, 0, 0x1, 0, 0), "2001:db8:1:0:1:0:1:0"),
                Arguments.of(ip(0x20, 0x1, 0, 0, 0, 0, 0, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x1), "2001::1:0:0:1"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0x1, 0, 0, 0, 0, 0, 0), "2001:db8:0:0:1::"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0x1, 0, 0, 0, 0, 0, 0x1), "2001:db8::1:0:0:1"),
                Arguments.of(ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0xa, 0, 0xb, 0, 0xc, 0, 0xd), "2001:db8::a:b:c:d"),
                Arguments.of(IP.IPV6_UNSPECIFIED, "::"),
                Arguments.of(ip(), "<nil>"),
                Arguments.of(ip(0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef), "?0123456789abcdef"),
                // cases Go's table misses
                Arguments.of(IP.IPV6_LOOPBACK, "::1"),
                Arguments.of(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4), "::102:304"),
                Arguments.of(ip(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "1::"),
                Arguments.of(ip(0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0), "1:0:1::1:0:0"),
                Arguments.of(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 1, 2, 3, 4), "::fffe:102:304"),
                Arguments.of(ip(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
                        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
                Arguments.of(ip(1), "?01"),
                Arguments.of(ip(255, 255, 255, 255), "255.255.255.255"));
    }

    @ParameterizedTest
    @MethodSource("ipStringTests")
    void ipString(IP in, String want) {
        assertEquals(want, in.toString());
    }

    @Test
    void constantsAreGoValues() {
        assertEquals("255.255.255.255", IP.IPV4_BCAST.toString());
        assertEquals("224.0.0.1", IP.IPV4_ALLSYS.toString());
        assertEquals("224.0.0.2", IP.IPV4_ALLROUTER.toString());
        assertEquals("0.0.0.0", IP.IPV4_ZERO.toString());
        assertEquals("::", IP.IPV6_ZERO.toString());
        assertEquals("::", IP.IPV6_UNSPECIFIED.toString());
        assertEquals("::1", IP.IPV6_LOOPBACK.toString());
        assertEquals("ff01::1", IP.IPV6_INTERFACELOCALALLNODES.toString());
        assertEquals("ff02::1", IP.IPV6_LINKLOCALALLNODES.toString());
        assertEquals("ff02::2", IP.IPV6_LINKLOCALALLROUTERS.toString());
        for (IP ip : new IP[] {IP.IPV4_BCAST, IP.IPV4_ALLSYS, IP.IPV4_ALLROUTER, IP.IPV4_ZERO}) {
            assertEquals(16, ip.length(), ip.toString());
        }
    }

    @Test
    void v4IsTheMappedForm() {
        assertEquals(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1), IP.v4(192, 0, 2, 1));
        assertEquals(IP.v4(10, 0, 0, 1), Net.ipv4(10, 0, 0, 1));
    }

    @Test
    void v4RejectsPartsOutsideAByte() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IP.v4(1, 256, 0, 0));
        assertEquals("b is 256, not in [0, 255]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IP.v4(-1, 0, 0, 0));
    }

    /** Go's {@code ipAddrFamilyTests}: To4 succeeds for IPv4 only; IPv6 is 16 bytes where To4 fails. */
    static Stream<Arguments> ipAddrFamilyTests() {
        return Stream.of(
                Arguments.of(IP.IPV4_BCAST, true, false),
                Arguments.of(IP.IPV4_ALLSYS, true, false),
                Arguments.of(IP.IPV4_ALLROUTER, true, false),
                Arguments.of(IP.IPV4_ZERO, true, false),
                Arguments.of(IP.v4(224, 0, 0, 1), true, false),
                Arguments.of(IP.v4(127, 0, 0, 1), true, false),
                Arguments.of(IP.v4(240, 0, 0, 1), true, false),
                Arguments.of(IP.IPV6_UNSPECIFIED, false, true),
                Arguments.of(IP.IPV6_LOOPBACK, false, true),
                Arguments.of(IP.IPV6_INTERFACELOCALALLNODES, false, true),
                Arguments.of(IP.IPV6_LINKLOCALALLNODES, false, true),
                Arguments.of(IP.IPV6_LINKLOCALALLROUTERS, false, true),
                Arguments.of(parse("ff05::a:b:c:d"), false, true),
                Arguments.of(parse("fe80::1:2:3:4"), false, true),
                Arguments.of(parse("2001:db8::123:12:1"), false, true));
    }

    @ParameterizedTest
    @MethodSource("ipAddrFamilyTests")
    void ipAddrFamily(IP in, boolean af4, boolean af6) {
        assertEquals(af4, in.to4().isPresent(), "IPv4 family of " + in);
        assertEquals(af6, in.length() == IP.IPV6_LEN && in.to4().isEmpty(), "IPv6 family of " + in);
    }

    @Test
    void to4() {
        IP four = ip(192, 168, 0, 1);
        assertSame(four, four.to4().orElseThrow());
        assertEquals(four, IP.v4(192, 168, 0, 1).to4().orElseThrow());
        assertTrue(parse("::1.2.3.4").to4().isEmpty(), "IPv4-compatible is not IPv4");
        assertTrue(parse("2001:db8::1").to4().isEmpty());
        assertTrue(ip().to4().isEmpty());
        assertTrue(ip(1, 2, 3).to4().isEmpty());
        assertTrue(ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 1, 2, 3, 4).to4().isEmpty());
    }

    @Test
    void to16() {
        IP sixteen = parse("2001:db8::1");
        assertSame(sixteen, sixteen.to16().orElseThrow());
        assertEquals(IP.v4(192, 168, 0, 1), ip(192, 168, 0, 1).to16().orElseThrow());
        assertTrue(ip().to16().isEmpty());
        assertTrue(ip(1, 2, 3, 4, 5).to16().isEmpty());
    }

    @Test
    void equal() {
        IP v4 = ip(192, 168, 0, 1);
        IP mapped = IP.v4(192, 168, 0, 1);
        assertTrue(v4.equal(mapped));
        assertTrue(mapped.equal(v4));
        assertFalse(v4.equals(mapped), "equals compares bytes and lengths");
        assertTrue(v4.equal(ip(192, 168, 0, 1)));
        assertFalse(v4.equal(IP.v4(192, 168, 0, 2)));
        assertFalse(v4.equal(parse("::c0a8:1")), "IPv4-compatible is not the mapped form");
        assertFalse(parse("::c0a8:1").equal(v4));
        assertTrue(IP.IPV6_ZERO.equal(IP.IPV6_UNSPECIFIED));
        assertFalse(IP.IPV4_ZERO.equal(IP.IPV6_ZERO));
        assertTrue(ip().equal(ip()));
        assertFalse(ip().equal(v4));
        assertFalse(ip(1, 2, 3).equal(ip(1, 2, 3, 0)));
        assertThrows(IllegalArgumentException.class, () -> v4.equal(null));
    }

    @Test
    void ofCopiesAndRejectsNull() {
        byte[] b = {1, 2, 3, 4};
        IP ip = IP.of(b);
        b[0] = 9;
        assertEquals("1.2.3.4", ip.toString());
        ip.bytes()[1] = 9;
        assertEquals("1.2.3.4", ip.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IP.of(null));
        assertEquals("bytes is null", e.getMessage());
    }
}
