package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import net.api.AddrException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The IP protocols table of Go's lookup_unix.go and lookup.go, read from testdata/protocols. */
class ProtocolsTest {

    private static final Protocols FIXTURE = Protocols.load(Path.of("src/test/resources/testdata/protocols"));
    private static final Protocols BUILT_IN = Protocols.load(Path.of("src/test/resources/testdata/no-such-file"));

    /** Go's TestLookupProtocol_Minimal, in Go's order: the built-in table alone. */
    static Stream<Arguments> minimal() {
        return Stream.of(
                Arguments.of("tcp", 6),
                Arguments.of("TcP", 6),
                Arguments.of("icmp", 1),
                Arguments.of("igmp", 2),
                Arguments.of("udp", 17),
                Arguments.of("ipv6-icmp", 58));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("minimal")
    void builtInAsGo(String name, int number) throws AddrException {
        assertEquals(number, BUILT_IN.lookup(name));
        assertEquals(number, FIXTURE.lookup(name));
    }

    static Stream<Arguments> fromFile() {
        return Stream.of(
                Arguments.of("ip", 0),
                Arguments.of("IP", 0),
                Arguments.of("gre", 47),
                Arguments.of("GRE", 47),
                Arguments.of("rsvp-e2e-ignore", 134),
                Arguments.of("icmp", 1),
                Arguments.of("icmp-again", 99));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("fromFile")
    void fileAddsWithoutOverwriting(String name, int number) throws AddrException {
        assertEquals(number, FIXTURE.lookup(name));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {"nonumber", "a-name-longer-than-25-bytes", "", "gre "})
    void unknownIsGoError(String name) {
        AddrException e = assertThrows(AddrException.class, () -> FIXTURE.lookup(name));
        assertEquals("unknown IP protocol specified", e.err());
        assertEquals(name, e.addr());
    }
}
