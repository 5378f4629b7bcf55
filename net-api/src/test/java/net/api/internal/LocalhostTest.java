package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import net.api.IP;
import net.api.IPAddr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The localhost rule used when no resolver module is present: Go's isLocalhost (conf.go), final dot allowed. */
class LocalhostTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("localhost", true),
                Arguments.of("LocalHost", true),
                Arguments.of("localhost.", true),
                Arguments.of("localhost.localdomain", true),
                Arguments.of("LOCALHOST.LOCALDOMAIN.", true),
                Arguments.of("foo.localhost", true),
                Arguments.of("a.b.Localhost.", true),
                Arguments.of("foo.localhost.localdomain", true),
                Arguments.of("localhost..", false),
                Arguments.of("localhostx", false),
                Arguments.of("xlocalhost", false),
                Arguments.of("localhost.com", false),
                Arguments.of("localdomain", false),
                Arguments.of("ip6-localhost", false));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("names")
    void recognisesGoNames(String host, boolean localhost) {
        assertEquals(localhost, Localhost.is(host));
    }

    static Stream<Arguments> families() {
        IPAddr v4 = new IPAddr(IP.v4(127, 0, 0, 1));
        IPAddr v6 = new IPAddr(IP.IPV6_LOOPBACK);
        return Stream.of(
                Arguments.of("ip", List.of(v4, v6)),
                Arguments.of("tcp", List.of(v4, v6)),
                Arguments.of("ip4", List.of(v4)),
                Arguments.of("udp4", List.of(v4)),
                Arguments.of("ip6", List.of(v6)),
                Arguments.of("tcp6", List.of(v6)));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("families")
    void answersLoopbackOfTheFamily(String network, List<IPAddr> addrs) {
        assertEquals(addrs, Localhost.addrs(network));
    }
}
