package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;

import net.api.IP;
import net.api.IPAddr;
import net.api.Net;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IPParser#parseWithZone}: IP literals with a zone, as Go's {@code lookupIPAddr} reads them
 * through {@code netip.ParseAddr}.
 */
class IPParserTest {

    static Stream<Arguments> zoned() {
        return Stream.of(
                Arguments.of("fe80::1%eth0", "fe80::1", "eth0"),
                Arguments.of("fe80::1%911", "fe80::1", "911"),
                Arguments.of("::1%lo", "::1", "lo"),
                Arguments.of("::%x", "::", "x"),
                Arguments.of("fe80::1%eth0%1", "fe80::1", "eth0%1"),
                Arguments.of("::ffff:1.2.3.4%eth0", "1.2.3.4", "eth0"),
                Arguments.of("fe80::1", "fe80::1", ""),
                Arguments.of("127.0.0.1", "127.0.0.1", ""),
                Arguments.of("fe80::1%", null, null),
                Arguments.of("%eth0", null, null),
                Arguments.of("1.2.3.4%eth0", null, null),
                Arguments.of("fe80::g%eth0", null, null),
                Arguments.of("localhost", null, null),
                Arguments.of("", null, null));
    }

    @ParameterizedTest
    @MethodSource("zoned")
    void parseWithZone(String in, String ip, String zone) {
        Optional<IPAddr> want = ip == null
                ? Optional.empty()
                : Optional.of(new IPAddr(Net.parseIP(ip).orElseThrow(), zone));
        Optional<IPAddr> got = IPParser.parseWithZone(in);
        assertEquals(want, got, in);
        got.ifPresent(a -> assertEquals(IP.IPV6_LEN, a.ip().length()));
    }
}
