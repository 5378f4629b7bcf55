package net.api;

import static net.api.Bytes.ip;
import static net.api.Bytes.mask;
import static net.api.Bytes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code ip_test.go} for networks: ParseCIDR, IPNet.Contains, IPNet.String, networkNumberAndMask. */
class IPNetTest {

    private static IPMask cidr(int ones, int bits) {
        return IPMask.cidr(ones, bits).orElseThrow();
    }

    /** Go's {@code parseCIDRTests}, valid inputs: text, address, network address, mask. */
    static Stream<Arguments> parseCIDRTests() {
        return Stream.of(
                Arguments.of("135.104.0.0/32", IP.v4(135, 104, 0, 0), IP.v4(135, 104, 0, 0), IPMask.v4(255, 255, 255, 255)),
                Arguments.of("0.0.0.0/24", IP.v4(0, 0, 0, 0), IP.v4(0, 0, 0, 0), IPMask.v4(255, 255, 255, 0)),
                Arguments.of("135.104.0.0/24", IP.v4(135, 104, 0, 0), IP.v4(135, 104, 0, 0), IPMask.v4(255, 255, 255, 0)),
                Arguments.of("135.104.0.1/32", IP.v4(135, 104, 0, 1), IP.v4(135, 104, 0, 1), IPMask.v4(255, 255, 255, 255)),
                Arguments.of("135.104.0.1/24", IP.v4(135, 104, 0, 1), IP.v4(135, 104, 0, 0), IPMask.v4(255, 255, 255, 0)),
                Arguments.of("::1/128", parse("::1"), parse("::1"), mask("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")),
                Arguments.of("abcd:2345::/127", parse("abcd:2345::"), parse("abcd:2345::"), mask("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe")),
                Arguments.of("abcd:2345::/65", parse("abcd:2345::"), parse("abcd:2345::"), mask("ffff:ffff:ffff:ffff:8000::")),
                Arguments.of("abcd:2345::/64", parse("abcd:2345::"), parse("abcd:2345::"), mask("ffff:ffff:ffff:ffff::")),
                Arguments.of("abcd:2345::/63", parse("abcd:2345::"), parse("abcd:2345::"), mask("ffff:ffff:ffff:fffe::")),
                Arguments.of("abcd:2345::/33", parse("abcd:2345::"), parse("abcd:2345::"), mask("ffff:ffff:8000::")),
                Arguments.of("abcd:2345::/32", parse("abcd:2345::"), parse("abcd:2345::"), mask("ffff:ffff::")),
                Arguments.of("abcd:2344::/31", parse("abcd:2344::"), parse("abcd:2344::"), mask("ffff:fffe::")),
                Arguments.of("abcd:2300::/24", parse("abcd:2300::"), parse("abcd:2300::"), mask("ffff:ff00::")),
                Arguments.of("abcd:2345::/24", parse("abcd:2345::"), parse("abcd:2300::"), mask("ffff:ff00::")),
                Arguments.of("2001:DB8::/48", parse("2001:DB8::"), parse("2001:DB8::"), mask("ffff:ffff:ffff::")),
                Arguments.of("2001:DB8::1/48", parse("2001:DB8::1"), parse("2001:DB8::"), mask("ffff:ffff:ffff::")),
                // cases Go's table misses
                Arguments.of("192.0.2.1/024", IP.v4(192, 0, 2, 1), IP.v4(192, 0, 2, 0), IPMask.v4(255, 255, 255, 0)),
                Arguments.of("10.1.2.3/0", IP.v4(10, 1, 2, 3), IP.v4(0, 0, 0, 0), IPMask.v4(0, 0, 0, 0)),
                Arguments.of("::ffff:10.1.2.3/104", IP.v4(10, 1, 2, 3), IP.v4(10, 0, 0, 0), cidr(104, 128)),
                Arguments.of("::/0", IP.IPV6_UNSPECIFIED, IP.IPV6_UNSPECIFIED, cidr(0, 128)));
    }

    @ParameterizedTest
    @MethodSource("parseCIDRTests")
    void parseCIDR(String in, IP ip, IP netIP, IPMask netMask) throws ParseException {
        ParsedCIDR got = Net.parseCIDR(in);
        assertTrue(ip.equal(got.ip()), "ip " + got.ip() + ", want " + ip);
        assertEquals(16, got.ip().length());
        assertTrue(netIP.equal(got.net().ip()), "net ip " + got.net().ip() + ", want " + netIP);
        assertEquals(netMask, got.net().mask());
        assertEquals(netMask.length(), got.net().ip().length(), "network address length follows the mask");
    }

    /** Go's {@code parseCIDRTests}, invalid inputs, then cases Go misses. */
    static Stream<String> badCIDRTests() {
        return Stream.of(
                "192.168.1.1/255.255.255.0",
                "192.168.1.1/35",
                "2001:db8::1/-1",
                "2001:db8::1/-0",
                "-0.0.0.0/32",
                "0.-1.0.0/32",
                "0.0.-2.0/32",
                "0.0.0.-3/32",
                "0.0.0.0/-0",
                "127.000.000.001/32",
                "",
                // cases Go's table misses
                "192.0.2.1",
                "192.0.2.1/",
                "192.0.2.1/+8",
                "192.0.2.1/33",
                "192.0.2.1/8/8",
                "192.0.2.1/ 8",
                "::/129",
                "::ffff:1.2.3.4/129",
                "fe80::1%eth0/64",
                "/8",
                "1.2.3.4/99999999999999999999");
    }

    @ParameterizedTest
    @MethodSource("badCIDRTests")
    void badCIDR(String in) {
        ParseException e = assertThrows(ParseException.class, () -> Net.parseCIDR(in));
        assertEquals("CIDR address", e.type());
        assertEquals(in, e.text());
        assertEquals("invalid CIDR address: " + in, e.getMessage());
    }

    @Test
    void parseCIDRRejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> Net.parseCIDR(null));
    }

    /** Go's {@code ipNetContainsTests}. */
    static Stream<Arguments> ipNetContainsTests() {
        return Stream.of(
                Arguments.of(IP.v4(172, 16, 1, 1), new IPNet(IP.v4(172, 16, 0, 0), cidr(12, 32)), true),
                Arguments.of(IP.v4(172, 24, 0, 1), new IPNet(IP.v4(172, 16, 0, 0), cidr(13, 32)), false),
                Arguments.of(IP.v4(192, 168, 0, 3), new IPNet(IP.v4(192, 168, 0, 0), IPMask.v4(0, 0, 255, 252)), true),
                Arguments.of(IP.v4(192, 168, 0, 4), new IPNet(IP.v4(192, 168, 0, 0), IPMask.v4(0, 255, 0, 252)), false),
                Arguments.of(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:1::"), cidr(47, 128)), true),
                Arguments.of(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:2::"), cidr(47, 128)), false),
                Arguments.of(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:1::"), mask("ffff:0:ffff::")), true),
                Arguments.of(parse("2001:db8:1:2::1"), new IPNet(parse("2001:db8:1::"), mask("0:0:0:ffff::")), false),
                // cases Go's table misses
                Arguments.of(ip(172, 16, 1, 1), new IPNet(IP.v4(172, 16, 0, 0), cidr(12, 32)), true),
                Arguments.of(IP.v4(10, 0, 0, 1), new IPNet(ip(10, 0, 0, 0), cidr(104, 128)), true),
                Arguments.of(IP.v4(10, 0, 0, 1), new IPNet(parse("2001:db8::"), cidr(0, 128)), false),
                Arguments.of(parse("2001:db8::1"), new IPNet(IP.v4(0, 0, 0, 0), cidr(0, 32)), false),
                Arguments.of(parse("2001:db8::1"), new IPNet(parse("2001:db8::"), IPMask.v4(0, 0, 0, 0)), false),
                Arguments.of(ip(1, 2, 3), new IPNet(IP.v4(0, 0, 0, 0), cidr(0, 32)), false),
                Arguments.of(parse("::ffff:1.2.3.4"), new IPNet(IP.IPV6_UNSPECIFIED, cidr(0, 128)), false),
                Arguments.of(IP.IPV6_LOOPBACK, new IPNet(IP.IPV6_UNSPECIFIED, cidr(0, 128)), true),
                Arguments.of(IP.v4(1, 2, 3, 4), new IPNet(ip(1, 2, 3), mask(0, 0, 0)), false),
                Arguments.of(ip(), new IPNet(ip(1, 2, 3), mask(0, 0, 0)), true),
                Arguments.of(ip(), new IPNet(ip(), mask()), true),
                Arguments.of(ip(), new IPNet(IP.v4(0, 0, 0, 0), cidr(0, 32)), false));
    }

    @ParameterizedTest
    @MethodSource("ipNetContainsTests")
    void ipNetContains(IP ip, IPNet net, boolean want) {
        assertEquals(want, net.contains(ip), net + " contains " + ip);
    }

    @Test
    void containsRejectsNull() {
        IPNet n = new IPNet(IP.v4(10, 0, 0, 0), cidr(8, 32));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.contains(null));
        assertEquals("x is null", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IPNet(null, cidr(8, 32)));
        assertThrows(IllegalArgumentException.class, () -> new IPNet(IP.v4(10, 0, 0, 0), null));
    }

    /** Go's {@code ipNetStringTests}, then cases Go misses. */
    static Stream<Arguments> ipNetStringTests() {
        return Stream.of(
                Arguments.of(new IPNet(IP.v4(192, 168, 1, 0), cidr(26, 32)), "192.168.1.0/26"),
                Arguments.of(new IPNet(IP.v4(192, 168, 1, 0), IPMask.v4(255, 0, 255, 0)), "192.168.1.0/ff00ff00"),
                Arguments.of(new IPNet(parse("2001:db8::"), cidr(55, 128)), "2001:db8::/55"),
                Arguments.of(new IPNet(parse("2001:db8::"), mask("8000:f123:0:cafe::")), "2001:db8::/8000f1230000cafe0000000000000000"),
                Arguments.of(new IPNet(ip(), mask()), "<nil>"),
                Arguments.of(new IPNet(IP.v4(10, 0, 0, 0), cidr(104, 128)), "10.0.0.0/8"),
                Arguments.of(new IPNet(parse("2001:db8::"), IPMask.v4(255, 0, 0, 0)), "<nil>"),
                Arguments.of(new IPNet(IP.v4(10, 0, 0, 0), mask(255, 0, 0)), "<nil>"),
                Arguments.of(new IPNet(ip(10, 0, 0), IPMask.v4(255, 0, 0, 0)), "<nil>"));
    }

    @ParameterizedTest
    @MethodSource("ipNetStringTests")
    void ipNetString(IPNet in, String want) {
        assertEquals(want, in.toString());
        assertEquals("ip+net", in.network());
    }

    private static final IP V4ADDR = ip(192, 168, 0, 1);
    private static final IP V4MAPPEDV6ADDR = ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 168, 0, 1);
    private static final IP V6ADDR = ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1);
    private static final IPMask V4MASK = mask(255, 255, 255, 0);
    private static final IPMask V4MAPPEDV6MASK =
            mask(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 255, 255, 255, 0);
    private static final IPMask V6MASK = mask(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final IP BADADDR = ip(192, 168, 0);
    private static final IPMask BADMASK = mask(255, 255, 0);
    private static final IPMask V4MASKZERO = mask(0, 0, 0, 0);

    /** Go's {@code networkNumberAndMaskTests}; a null result is Go's nil pair. */
    static Stream<Arguments> networkNumberAndMaskTests() {
        return Stream.of(
                Arguments.of(new IPNet(V4ADDR, V4MASK), new IPNet(V4ADDR, V4MASK)),
                Arguments.of(new IPNet(V4ADDR, V4MAPPEDV6MASK), new IPNet(V4ADDR, V4MASK)),
                Arguments.of(new IPNet(V4MAPPEDV6ADDR, V4MAPPEDV6MASK), new IPNet(V4ADDR, V4MASK)),
                Arguments.of(new IPNet(V4MAPPEDV6ADDR, V6MASK), new IPNet(V4ADDR, V4MASKZERO)),
                Arguments.of(new IPNet(V4ADDR, V6MASK), new IPNet(V4ADDR, V4MASKZERO)),
                Arguments.of(new IPNet(V6ADDR, V6MASK), new IPNet(V6ADDR, V6MASK)),
                Arguments.of(new IPNet(V6ADDR, V4MAPPEDV6MASK), new IPNet(V6ADDR, V4MAPPEDV6MASK)),
                Arguments.of(new IPNet(V6ADDR, V4MASK), null),
                Arguments.of(new IPNet(V4ADDR, BADMASK), null),
                Arguments.of(new IPNet(V4MAPPEDV6ADDR, BADMASK), null),
                Arguments.of(new IPNet(V6ADDR, BADMASK), null),
                Arguments.of(new IPNet(BADADDR, V4MASK), null),
                Arguments.of(new IPNet(BADADDR, V4MAPPEDV6MASK), null),
                Arguments.of(new IPNet(BADADDR, V6MASK), null),
                Arguments.of(new IPNet(BADADDR, BADMASK), null));
    }

    @ParameterizedTest
    @MethodSource("networkNumberAndMaskTests")
    void networkNumberAndMask(IPNet in, IPNet want) {
        IPNet got = in.networkNumberAndMask();
        if (want == null) {
            assertNull(got, in::toString);
        } else {
            assertEquals(want, got);
        }
    }
}
