package net.resolver.go.internal;

import static net.resolver.go.internal.TestIPs.addr;
import static net.resolver.go.internal.TestIPs.parseIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.api.IP;
import net.api.IPAddr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code addrselect_test.go}, with the sources supplied by the test, plus cases Go misses. */
class AddrSelectTest {

    private static List<IPAddr> ips(String... literals) {
        return Arrays.stream(literals).map(s -> new IPAddr(parseIP(s))).toList();
    }

    private static List<IP> srcs(String... literals) {
        return Arrays.stream(literals).map(s -> s == null ? null : addr(s)).toList();
    }

    /** {@code TestSortByRFC6724}: input, sources, wanted order, and whether to try the input reversed too. */
    static Stream<Arguments> goSortByRFC6724() {
        return Stream.of(
                // RFC 6724 section 10.2: prefer matching scope.
                Arguments.of(ips("2001:db8:1::1", "198.51.100.121"), srcs("2001:db8:1::2", "169.254.13.78"),
                        ips("2001:db8:1::1", "198.51.100.121"), true),
                // Prefer matching scope.
                Arguments.of(ips("2001:db8:1::1", "198.51.100.121"), srcs("fe80::1", "198.51.100.117"),
                        ips("198.51.100.121", "2001:db8:1::1"), true),
                // Prefer higher precedence.
                Arguments.of(ips("2001:db8:1::1", "10.1.2.3"), srcs("2001:db8:1::2", "10.1.2.4"),
                        ips("2001:db8:1::1", "10.1.2.3"), true),
                // Prefer smaller scope.
                Arguments.of(ips("2001:db8:1::1", "fe80::1"), srcs("2001:db8:1::2", "fe80::2"),
                        ips("fe80::1", "2001:db8:1::1"), true),
                // Go issue 13283: a 10/8 source does not make 23/8 destinations preferable.
                Arguments.of(
                        ips("54.83.193.112", "184.72.238.214", "23.23.172.185", "75.101.148.21", "23.23.134.56", "23.21.50.150"),
                        srcs("10.2.3.4", "10.2.3.4", "10.2.3.4", "10.2.3.4", "10.2.3.4", "10.2.3.4"),
                        ips("54.83.193.112", "184.72.238.214", "23.23.172.185", "75.101.148.21", "23.23.134.56", "23.21.50.150"),
                        false));
    }

    /**
     * Cases Go misses: unusable destinations, labels, precedence, the longest-prefix rule,
     * invalid addresses. These and the extra rows of the tables below were checked against Go
     * 1.27's own addrselect.go with {@code src/test/go/addrselectcompare}.
     */
    static Stream<Arguments> moreSortByRFC6724() {
        return Stream.of(
                // Rule 1: a destination without a source goes last; two without keep their order.
                Arguments.of(ips("2001:db8::1", "192.0.2.1", "2001:db8::2"), srcs(null, "192.0.2.100", null),
                        ips("192.0.2.1", "2001:db8::1", "2001:db8::2"), false),
                // Rule 5: prefer matching label (6to4 source for a 6to4 destination, plain source for plain).
                Arguments.of(ips("2002:c633:6401::1", "2001:db8:1::1"), srcs("2002:c633:6401::2", "2002:c633:6401::d5e3:7953:13eb:22e8"),
                        ips("2002:c633:6401::1", "2001:db8:1::1"), true),
                // Rule 6: ::1 (precedence 50) before a global address (40).
                Arguments.of(ips("2001:db8:1::1", "::1"), srcs("2001:db8:1::2", "::1"),
                        ips("::1", "2001:db8:1::1"), true),
                // Rule 9: the IPv6 destination sharing the longer prefix with its source first.
                Arguments.of(ips("2001:db8:2::1", "2001:db8:1::1"), srcs("2001:db8:1::2", "2001:db8:1::2"),
                        ips("2001:db8:1::1", "2001:db8:2::1"), true),
                // Rule 9 is skipped for IPv4 (Go issue 18518): the order stays.
                Arguments.of(ips("10.9.0.1", "10.1.0.1"), srcs("10.1.0.2", "10.1.0.2"),
                        ips("10.9.0.1", "10.1.0.1"), false),
                // A source of a bad length is no source.
                Arguments.of(List.of(new IPAddr(IP.of(new byte[] {1, 2, 3})), new IPAddr(parseIP("192.0.2.1"))),
                        Arrays.asList(IP.of(new byte[] {1, 2, 3}), addr("192.0.2.2")),
                        List.of(new IPAddr(parseIP("192.0.2.1")), new IPAddr(IP.of(new byte[] {1, 2, 3}))), true));
    }

    @ParameterizedTest(name = "[{index}] {0} with sources {1}")
    @MethodSource({"goSortByRFC6724", "moreSortByRFC6724"})
    void sortByRFC6724(List<IPAddr> in, List<IP> srcs, List<IPAddr> want, boolean reverse) {
        assertEquals(want, AddrSelect.sortWithSources(in, srcs));
        if (reverse) {
            List<IPAddr> rin = new ArrayList<>(in);
            List<IP> rsrcs = new ArrayList<>(srcs);
            Collections.reverse(rin);
            Collections.reverse(rsrcs);
            assertEquals(want, AddrSelect.sortWithSources(rin, rsrcs), "starting backwards");
        }
    }

    @Test
    void sourcesComeFromTheInjectedLookup() {
        Map<IP, IP> routes = new HashMap<>();
        routes.put(parseIP("2001:db8:1::1"), addr("fe80::1"));
        routes.put(parseIP("198.51.100.121"), addr("198.51.100.117"));
        List<IPAddr> asked = new ArrayList<>();
        SourceAddrs fake = dst -> {
            asked.add(dst);
            return Optional.ofNullable(routes.get(dst.ip()));
        };
        List<IPAddr> in = ips("2001:db8:1::1", "198.51.100.121");
        assertEquals(ips("198.51.100.121", "2001:db8:1::1"), AddrSelect.sortByRFC6724(in, fake));
        assertEquals(in, asked);
    }

    @Test
    void fewerThanTwoAddressesAskForNoSource() {
        SourceAddrs none = dst -> {
            throw new AssertionError("asked for a source of " + dst);
        };
        assertEquals(ips("192.0.2.1"), AddrSelect.sortByRFC6724(ips("192.0.2.1"), none));
        assertEquals(List.of(), AddrSelect.sortByRFC6724(List.of(), none));
    }

    @Test
    void missingArgumentsAreNamed() {
        assertEquals("addrs is null", assertThrows(IllegalArgumentException.class,
                () -> AddrSelect.sortByRFC6724(null, dst -> Optional.empty())).getMessage());
        assertEquals("sources is null", assertThrows(IllegalArgumentException.class,
                () -> AddrSelect.sortByRFC6724(List.of(), null)).getMessage());
    }

    /** {@code TestRFC6724PolicyTableOrder}: longest prefix first, so the first match is the longest. */
    @Test
    void policyTableOrder() {
        for (int i = 0; i < AddrSelect.POLICY_TABLE.size() - 1; i++) {
            assertTrue(AddrSelect.POLICY_TABLE.get(i).bits() >= AddrSelect.POLICY_TABLE.get(i + 1).bits(),
                    "entry " + i + " sorted in the wrong order");
        }
    }

    /** {@code TestRFC6724PolicyTableContent}. */
    @Test
    void policyTableContent() {
        List<AddrSelect.PolicyEntry> want = List.of(
                new AddrSelect.PolicyEntry(parseIP("::1"), 128, 50, 0),
                new AddrSelect.PolicyEntry(prefix16("::ffff:0:0"), 96, 35, 4),
                new AddrSelect.PolicyEntry(parseIP("::"), 96, 1, 3),
                new AddrSelect.PolicyEntry(parseIP("2001::"), 32, 5, 5),
                new AddrSelect.PolicyEntry(parseIP("2002::"), 16, 30, 2),
                new AddrSelect.PolicyEntry(parseIP("3ffe::"), 16, 1, 12),
                new AddrSelect.PolicyEntry(parseIP("fec0::"), 10, 1, 11),
                new AddrSelect.PolicyEntry(parseIP("fc00::"), 7, 3, 13),
                new AddrSelect.PolicyEntry(parseIP("::"), 0, 40, 1));
        assertEquals(want, AddrSelect.POLICY_TABLE);
    }

    /** ::ffff:0:0 as 16 bytes (Java would turn the literal into an IPv4 address). */
    private static IP prefix16(String unused) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        return IP.of(b);
    }

    /** {@code TestRFC6724PolicyTableClassify}: the address and the (prefix bits, precedence, label) it gets. */
    static Stream<Arguments> goClassify() {
        return Stream.of(
                Arguments.of(addr("127.0.0.1"), 96, 35, 4),
                Arguments.of(addr("2601:645:8002:a500:986f:1db8:c836:bd65"), 0, 40, 1),
                Arguments.of(addr("::1"), 128, 50, 0),
                Arguments.of(addr("2002::ab12"), 16, 30, 2),
                // Ours: the other rows.
                Arguments.of(parseIP("10.1.2.3"), 96, 35, 4),
                Arguments.of(addr("::10.1.2.3"), 96, 1, 3),
                Arguments.of(addr("2001:0:4136:e378:8000:63bf:3fff:fdd2"), 32, 5, 5),
                Arguments.of(addr("2001:db8::1"), 0, 40, 1),
                Arguments.of(addr("3ffe::1"), 16, 1, 12),
                Arguments.of(addr("fec0::1"), 10, 1, 11),
                Arguments.of(addr("feff::1"), 10, 1, 11),
                Arguments.of(addr("fd00::1"), 7, 3, 13),
                Arguments.of(addr("fe80::1"), 0, 40, 1));
    }

    @ParameterizedTest(name = "classify({0}) = /{1} precedence {2} label {3}")
    @MethodSource("goClassify")
    void classify(IP ip, int bits, int precedence, int label) {
        AddrSelect.PolicyEntry got = AddrSelect.classify(ip);
        assertEquals(List.of(bits, precedence, label), List.of(got.bits(), got.precedence(), got.label()));
    }

    private static IP bytes16(int... b) {
        byte[] p = new byte[16];
        for (int i = 0; i < b.length; i++) {
            p[i] = (byte) b[i];
        }
        return IP.of(p);
    }

    /** {@code TestRFC6724ClassifyScope}, then ours. */
    static Stream<Arguments> goClassifyScope() {
        return Stream.of(
                Arguments.of(addr("127.0.0.1"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("::1"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("169.254.1.2"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("fec0::1"), AddrSelect.SCOPE_SITE_LOCAL),
                Arguments.of(addr("203.0.113.1"), AddrSelect.SCOPE_GLOBAL),
                Arguments.of(addr("ff02::"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("ff05::"), AddrSelect.SCOPE_SITE_LOCAL),
                Arguments.of(addr("ff04::"), AddrSelect.SCOPE_ADMIN_LOCAL),
                Arguments.of(addr("ff0e::"), AddrSelect.SCOPE_GLOBAL),
                // IPv4 multicast as 16 bytes (IPv4-compatible, not mapped), then as 4 bytes.
                Arguments.of(bytes16(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xe0, 0, 0, 0), AddrSelect.SCOPE_GLOBAL),
                Arguments.of(bytes16(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xe0, 2, 2, 2), AddrSelect.SCOPE_GLOBAL),
                Arguments.of(IP.of(new byte[] {(byte) 0xe0, 0, 0, 0}), AddrSelect.SCOPE_GLOBAL),
                Arguments.of(IP.of(new byte[] {(byte) 0xe0, 2, 2, 2}), AddrSelect.SCOPE_GLOBAL),
                // Ours.
                Arguments.of(parseIP("127.0.0.1"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(parseIP("169.254.1.2"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("fe80::1"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("febf::1"), AddrSelect.SCOPE_LINK_LOCAL),
                Arguments.of(addr("ff01::1"), AddrSelect.SCOPE_INTERFACE_LOCAL),
                Arguments.of(addr("ff08::1"), AddrSelect.SCOPE_ORG_LOCAL),
                Arguments.of(addr("10.0.0.1"), AddrSelect.SCOPE_GLOBAL),
                Arguments.of(parseIP("224.0.0.1"), AddrSelect.SCOPE_GLOBAL));
    }

    @ParameterizedTest(name = "classifyScope({0}) = {1}")
    @MethodSource("goClassifyScope")
    void classifyScope(IP ip, int want) {
        assertEquals(want, AddrSelect.classifyScope(ip));
    }

    /** {@code TestRFC6724CommonPrefixLength}: source (netip-like), destination (net.IP-like), bits; then ours. */
    static Stream<Arguments> goCommonPrefixLength() {
        return Stream.of(
                Arguments.of(addr("fe80::1"), parseIP("fe80::2"), 64),
                Arguments.of(addr("fe81::1"), parseIP("fe80::2"), 15),
                Arguments.of(addr("127.0.0.1"), parseIP("fe80::1"), 0),
                Arguments.of(v4(1, 2, 3, 4), v4(1, 2, 3, 4), 32),
                Arguments.of(v4(1, 2, 255, 255), v4(1, 2, 0, 0), 16),
                Arguments.of(v4(1, 2, 127, 255), v4(1, 2, 0, 0), 17),
                Arguments.of(v4(1, 2, 63, 255), v4(1, 2, 0, 0), 18),
                Arguments.of(v4(1, 2, 31, 255), v4(1, 2, 0, 0), 19),
                Arguments.of(v4(1, 2, 15, 255), v4(1, 2, 0, 0), 20),
                Arguments.of(v4(1, 2, 7, 255), v4(1, 2, 0, 0), 21),
                Arguments.of(v4(1, 2, 3, 255), v4(1, 2, 0, 0), 22),
                Arguments.of(v4(1, 2, 1, 255), v4(1, 2, 0, 0), 23),
                Arguments.of(v4(1, 2, 0, 255), v4(1, 2, 0, 0), 24),
                // Ours: a mapped destination is compared as IPv4; an IPv6 prefix stops at 64 bits.
                Arguments.of(v4(1, 2, 3, 4), parseIP("1.2.3.5"), 31),
                Arguments.of(parseIP("1.2.3.4"), parseIP("1.2.3.4"), 0),
                Arguments.of(addr("2001:db8::1"), parseIP("2001:db8::2"), 64),
                Arguments.of(addr("2001:db8::1"), parseIP("3001:db8::1"), 3));
    }

    private static IP v4(int a, int b, int c, int d) {
        return IP.of(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }

    @ParameterizedTest(name = "commonPrefixLen({0}, {1}) = {2}")
    @MethodSource("goCommonPrefixLength")
    void commonPrefixLen(IP a, IP b, int want) {
        assertEquals(want, AddrSelect.commonPrefixLen(a, b));
    }
}
