package net.api.internal;

import static net.api.internal.TestAddrs.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.api.Addr;
import net.api.IPAddr;
import net.api.TCPAddr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddrListTest {

    private static final Addr V4A = new TCPAddr(ip("127.0.0.1"), 5682);
    private static final Addr V4B = new TCPAddr(ip("192.168.0.1"), 5682);
    private static final Addr V6A = new TCPAddr(ip("::1"), 5682);
    private static final Addr V6B = new TCPAddr(ip("fe80::1"), 5682, "eth0");

    /**
     * The unfiltered cases of Go's TestAddrList (ipsock_test.go), in Go's order: the list, its
     * first IPv4 address (else first), its primaries and fallbacks by IPv4-ness.
     */
    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(List.of(V4A, V6A), V4A, List.of(V4A), List.of(V6A)),
                Arguments.of(List.of(V6A, V4A), V4A, List.of(V6A), List.of(V4A)),
                Arguments.of(List.of(V4A, V4B), V4A, List.of(V4A, V4B), List.of()),
                Arguments.of(List.of(V6A, V6B), V6A, List.of(V6A, V6B), List.of()),
                Arguments.of(List.of(V4A, V4B, V6A, V6B), V4A, List.of(V4A, V4B), List.of(V6A, V6B)),
                Arguments.of(List.of(V6A, V6B, V4A, V4B), V4A, List.of(V6A, V6B), List.of(V4A, V4B)),
                Arguments.of(List.of(V4A, V6A, V4B, V6B), V4A, List.of(V4A, V4B), List.of(V6A, V6B)),
                Arguments.of(List.of(V6A, V4A, V6B, V4B), V4A, List.of(V6A, V6B), List.of(V4A, V4B)),
                // The filtered cases' survivors.
                Arguments.of(List.of(V4A), V4A, List.of(V4A), List.of()),
                Arguments.of(List.of(V6A), V6A, List.of(V6A), List.of()));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void firstAndPartition(List<Addr> addrs, Addr first, List<Addr> primaries, List<Addr> fallbacks) {
        assertEquals(first, AddrList.first(addrs, AddrList::isIPv4));
        AddrList.Partition p = AddrList.partition(addrs, AddrList::isIPv4);
        assertEquals(primaries, p.primaries());
        assertEquals(fallbacks, p.fallbacks());
    }

    private static final List<Addr> LINK_LOCALS = List.of(
            new IPAddr(ip("fe80::"), "eth0"), new IPAddr(ip("fe80::1"), "eth0"), new IPAddr(ip("fe80::2"), "eth0"));

    /** Go's TestAddrListPartition: the last byte the strategy looks for, the primaries and fallbacks. */
    static Stream<Arguments> partitions() {
        List<Addr> a = LINK_LOCALS;
        return Stream.of(
                Arguments.of(0, List.of(a.get(0)), List.of(a.get(1), a.get(2))),
                Arguments.of(1, List.of(a.get(0), a.get(2)), List.of(a.get(1))),
                Arguments.of(2, List.of(a.get(0), a.get(1)), List.of(a.get(2))),
                Arguments.of(3, List.of(a.get(0), a.get(1), a.get(2)), List.of()));
    }

    @ParameterizedTest
    @MethodSource("partitions")
    void partitionIgnoresWhichLabelIsTrue(int lastByte, List<Addr> primaries, List<Addr> fallbacks) {
        for (boolean invert : new boolean[] {false, true}) {
            Predicate<Addr> strategy = addr -> {
                byte[] b = ((IPAddr) addr).ip().bytes();
                return (b[b.length - 1] == lastByte) != invert;
            };
            AddrList.Partition p = AddrList.partition(LINK_LOCALS, strategy);
            assertEquals(primaries, p.primaries(), "invert " + invert);
            assertEquals(fallbacks, p.fallbacks(), "invert " + invert);
        }
    }

    /** Go's isIPv4: the 4-byte and the IPv4-mapped 16-byte forms count; IPv6, nil and other types do not. */
    static Stream<Arguments> ipv4s() {
        return Stream.of(
                Arguments.of(new TCPAddr(ip("127.0.0.1"), 1), true),
                Arguments.of(new TCPAddr(net.api.IP.of(new byte[] {127, 0, 0, 1}), 1), true),
                Arguments.of(new TCPAddr(ip("::ffff:127.0.0.1"), 1), true),
                Arguments.of(new TCPAddr(ip("::1"), 1), false),
                Arguments.of(new TCPAddr(null, 1), false),
                Arguments.of(new net.api.UnixAddr("/tmp/s", "unix"), false));
    }

    @ParameterizedTest
    @MethodSource("ipv4s")
    void isIPv4(Addr addr, boolean expected) {
        assertEquals(expected, AddrList.isIPv4(addr));
    }
}
