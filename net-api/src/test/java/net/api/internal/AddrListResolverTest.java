package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.api.Addr;
import net.api.AddrException;
import net.api.IP;
import net.api.Net;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnixAddr;
import net.api.UnknownNetworkException;
import net.api.spi.ResolverOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's resolveAddrList over the resolver front end, with no resolver module (literals and localhost only). */
class AddrListResolverTest {

    private static final Path NO_FILE = Path.of("src/test/resources/testdata/no-such-file");
    private static final AddrListResolver RESOLVER = new AddrListResolver(
            new Lookups(FakeResolverProvider.router(), ResolverOptions.DEFAULT, () -> Services.load(NO_FILE),
                    () -> Protocols.load(NO_FILE)));

    private static final String MISMATCHED = "mismatched local address type";
    private static final String NO_SUITABLE = "no suitable address found";

    private static IP ip(String s) {
        return Net.parseIP(s).orElseThrow();
    }

    private static IP to4(String s) {
        return ip(s).to4().orElseThrow();
    }

    /**
     * Go's TestDialerLocalAddr table, in Go's order: network, remote IP, local address, and what
     * the address step says ("" when it keeps the address). Go's rows that fail later, at bind
     * (an IPv6 wildcard from a tcp4 dial), pass this step; net-it dials the whole table.
     */
    static Stream<Arguments> localAddrs() {
        return Stream.of(
                Arguments.of("tcp4", "127.0.0.1", null, ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(null, 0), ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("0.0.0.0"), 0), ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(to4("0.0.0.0"), 0), ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("::"), 0), ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(to4("127.0.0.1"), 0), ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("127.0.0.1"), 0), ""),
                Arguments.of("tcp4", "127.0.0.1", new TCPAddr(ip("::1"), 0), NO_SUITABLE),
                Arguments.of("tcp4", "127.0.0.1", new UDPAddr(null, 0), MISMATCHED),
                Arguments.of("tcp4", "127.0.0.1", new UnixAddr("", ""), MISMATCHED),

                Arguments.of("tcp6", "::1", null, ""),
                Arguments.of("tcp6", "::1", new TCPAddr(null, 0), ""),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("0.0.0.0"), 0), ""),
                Arguments.of("tcp6", "::1", new TCPAddr(to4("0.0.0.0"), 0), ""),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("::"), 0), ""),
                Arguments.of("tcp6", "::1", new TCPAddr(to4("127.0.0.1"), 0), NO_SUITABLE),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("127.0.0.1"), 0), NO_SUITABLE),
                Arguments.of("tcp6", "::1", new TCPAddr(ip("::1"), 0), ""),
                Arguments.of("tcp6", "::1", new UDPAddr(null, 0), MISMATCHED),
                Arguments.of("tcp6", "::1", new UnixAddr("", ""), MISMATCHED),

                Arguments.of("tcp", "127.0.0.1", null, ""),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(null, 0), ""),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("0.0.0.0"), 0), ""),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(to4("0.0.0.0"), 0), ""),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(to4("127.0.0.1"), 0), ""),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("127.0.0.1"), 0), ""),
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("::1"), 0), NO_SUITABLE),
                Arguments.of("tcp", "127.0.0.1", new UDPAddr(null, 0), MISMATCHED),
                Arguments.of("tcp", "127.0.0.1", new UnixAddr("", ""), MISMATCHED),

                Arguments.of("tcp", "::1", null, ""),
                Arguments.of("tcp", "::1", new TCPAddr(null, 0), ""),
                Arguments.of("tcp", "::1", new TCPAddr(ip("0.0.0.0"), 0), ""),
                Arguments.of("tcp", "::1", new TCPAddr(to4("0.0.0.0"), 0), ""),
                Arguments.of("tcp", "::1", new TCPAddr(ip("::"), 0), ""),
                Arguments.of("tcp", "::1", new TCPAddr(to4("127.0.0.1"), 0), NO_SUITABLE),
                Arguments.of("tcp", "::1", new TCPAddr(ip("127.0.0.1"), 0), NO_SUITABLE),
                Arguments.of("tcp", "::1", new TCPAddr(ip("::1"), 0), ""),
                Arguments.of("tcp", "::1", new UDPAddr(null, 0), MISMATCHED),
                Arguments.of("tcp", "::1", new UnixAddr("", ""), MISMATCHED),

                // Go's issue 34264 row, where IPv4-mapped IPv6 is supported.
                Arguments.of("tcp", "127.0.0.1", new TCPAddr(ip("::"), 0), ""));
    }

    @ParameterizedTest
    @MethodSource("localAddrs")
    void dialerLocalAddr(String network, String raddr, Addr laddr, String error) throws IOException {
        String address = Net.joinHostPort(raddr, "80");
        if (error.isEmpty()) {
            List<Addr> addrs = RESOLVER.resolve("dial", network, address, laddr, null);
            assertEquals(List.of(new TCPAddr(ip(raddr), 80)), addrs);
        } else {
            AddrException e = assertThrows(AddrException.class, () -> RESOLVER.resolve("dial", network, address, laddr, null));
            assertEquals(error, e.err());
            assertEquals(laddr.toString(), e.addr());
        }
    }

    /** The hint filters a list, keeping the order, and applies to dials only. */
    @ParameterizedTest
    @MethodSource("hints")
    void hintKeepsTheReachableAddresses(String op, Addr hint, List<String> expected) throws IOException {
        List<Addr> addrs = RESOLVER.resolve(op, "tcp", "localhost:80", hint, null);
        assertEquals(expected.stream().map(s -> (Addr) new TCPAddr(ip(s), 80)).toList(), addrs);
    }

    static Stream<Arguments> hints() {
        return Stream.of(
                Arguments.of("dial", null, List.of("127.0.0.1", "::1")),
                Arguments.of("dial", new TCPAddr(ip("127.0.0.2"), 0), List.of("127.0.0.1")),
                Arguments.of("dial", new TCPAddr(ip("::1"), 0), List.of("::1")),
                Arguments.of("dial", new TCPAddr(ip("::"), 0), List.of("127.0.0.1", "::1")),
                Arguments.of("listen", new TCPAddr(ip("::1"), 0), List.of("127.0.0.1", "::1")));
    }

    /** Go's resolveAddrList errors before any lookup, and the Unix networks. */
    @ParameterizedTest
    @MethodSource("others")
    void others(String op, String network, String address, Addr hint, Object expected) throws IOException {
        if (expected instanceof String message) {
            IOException e = assertThrows(IOException.class, () -> RESOLVER.resolve(op, network, address, hint, null));
            assertEquals(message, e.getMessage());
        } else {
            assertEquals(expected, RESOLVER.resolve(op, network, address, hint, null));
        }
    }

    static Stream<Arguments> others() {
        return Stream.of(
                Arguments.of("dial", "tcp", "", null, "missing address"),
                Arguments.of("listen", "tcp", "", null, List.of(new TCPAddr(null, 0))),
                Arguments.of("listen", "tcp", ":0", null, List.of(new TCPAddr(null, 0))),
                Arguments.of("dial", "foo", "127.0.0.1:80", null, "unknown network foo"),
                Arguments.of("dial", "ip4", "127.0.0.1", null, "unknown network ip4"),
                Arguments.of("dial", "tcp", "127.0.0.1", null, "address 127.0.0.1: missing port in address"),
                Arguments.of("dial", "tcp6", "127.0.0.1:80", null, "address 127.0.0.1: no suitable address found"),
                Arguments.of("dial", "tcp", "no-such-host.invalid:80", null,
                        "lookup no-such-host.invalid: no resolver module is present; add the artifact "
                                + "dev.gonet:net-resolver-go or dev.gonet:net-resolver-native"),
                Arguments.of("dial", "unix", "/tmp/s", null, List.of(new UnixAddr("/tmp/s", "unix"))),
                Arguments.of("dial", "unixgram", "/tmp/s", new UnixAddr("/tmp/c", "unixgram"), List.of(new UnixAddr("/tmp/s", "unixgram"))),
                Arguments.of("dial", "unix", "/tmp/s", new UnixAddr("/tmp/c", "unixgram"), "address /tmp/c: mismatched local address type"),
                Arguments.of("dial", "unix", "/tmp/s", new TCPAddr(null, 0), "address :0: mismatched local address type"));
    }

    @ParameterizedTest
    @MethodSource("unknownNetworks")
    void unknownNetwork(String network) {
        assertThrows(UnknownNetworkException.class, () -> RESOLVER.resolve("dial", network, "x:1", null, null));
    }

    static Stream<String> unknownNetworks() {
        return Stream.of("", "tcp7", "ip", "ip6", "http");
    }
}
