package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import net.api.AddrException;
import net.api.UnknownNetworkException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's parseNetwork (dial.go). */
class NetworkNameTest {

    private static final Protocols PROTOCOLS = Protocols.load(Path.of("src/test/resources/testdata/no-such-file"));

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("tcp", true, "tcp", 0),
                Arguments.of("tcp4", true, "tcp4", 0),
                Arguments.of("udp6", true, "udp6", 0),
                Arguments.of("unix", true, "unix", 0),
                Arguments.of("unixgram", true, "unixgram", 0),
                Arguments.of("unixpacket", true, "unixpacket", 0),
                Arguments.of("ip", false, "ip", 0),
                Arguments.of("ip4", false, "ip4", 0),
                Arguments.of("ip6", false, "ip6", 0),
                Arguments.of("ip4:icmp", true, "ip4", 1),
                Arguments.of("ip6:IPv6-ICMP", true, "ip6", 58),
                Arguments.of("ip:1", true, "ip", 1),
                Arguments.of("ip4:0", true, "ip4", 0),
                Arguments.of("ip:255", false, "ip", 255));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("valid")
    void parsesAsGo(String network, boolean needsProtocol, String family, int protocol) throws Exception {
        assertEquals(new NetworkName(family, protocol), NetworkName.parse(network, needsProtocol, PROTOCOLS));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {"", "http", "TCP", "l2tp:gre", "tcp:6", "ip4:icmp:1x"})
    void unknownNetworks(String network) {
        UnknownNetworkException e = assertThrows(UnknownNetworkException.class,
                () -> NetworkName.parse(network, false, PROTOCOLS));
        assertEquals("unknown network " + network, e.getMessage());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {"ip", "ip4", "ip6"})
    void bareIPNeedsAProtocolWhereAsked(String network) {
        UnknownNetworkException e = assertThrows(UnknownNetworkException.class,
                () -> NetworkName.parse(network, true, PROTOCOLS));
        assertEquals("unknown network " + network, e.getMessage());
    }

    static Stream<Arguments> badProtocols() {
        return Stream.of(
                Arguments.of("ip:", "unknown IP protocol specified"),
                Arguments.of("ip4:foo", "address foo: unknown IP protocol specified"),
                Arguments.of("ip6:1x", "address 1x: unknown IP protocol specified"),
                Arguments.of("ip:16777215", "address 16777215: unknown IP protocol specified"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("badProtocols")
    void unknownProtocolsAreAddrErrors(String network, String message) {
        AddrException e = assertThrows(AddrException.class, () -> NetworkName.parse(network, true, PROTOCOLS));
        assertEquals(message, e.getMessage());
    }
}
