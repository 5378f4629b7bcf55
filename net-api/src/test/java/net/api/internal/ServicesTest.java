package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import net.api.DNSException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The services table of Go's port_unix.go and lookup.go, read from testdata/services. */
class ServicesTest {

    private static final Services FIXTURE = Services.load(Path.of("src/test/resources/testdata/services"));
    private static final Services BUILT_IN = Services.load(Path.of("src/test/resources/testdata/no-such-file"));

    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("tcp", "http", 80),
                Arguments.of("tcp", "www", 80),
                Arguments.of("tcp", "WWW-HTTP", 80),
                Arguments.of("tcp4", "HTTP", 80),
                Arguments.of("udp", "domain", 53),
                Arguments.of("tcp", "ssh", 2222),
                Arguments.of("tcp", "gopher", 70),
                Arguments.of("udp", "submissions", 587),
                Arguments.of("udp6", "Submissions", 587),
                Arguments.of("ip", "submissions", 465),
                Arguments.of("ip", "domain", 53),
                Arguments.of("tcp", "tabbed", 1111),
                Arguments.of("tcp6", "alias-two", 1111));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("found")
    void findsAsGo(String network, String service, int port) throws DNSException {
        assertEquals(port, FIXTURE.lookup(network, service));
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of("tcp", "Kerberos", "tcp/Kerberos"),
                Arguments.of("tcp", "krb5", "tcp/krb5"),
                Arguments.of("tcp", "zero", "tcp/zero"),
                Arguments.of("tcp", "negative", "tcp/negative"),
                Arguments.of("tcp", "noprotocol", "tcp/noprotocol"),
                Arguments.of("tcp", "notanumber", "tcp/notanumber"),
                Arguments.of("tcp", "a-name-longer-than-25-bytes", "tcp/a-name-longer-than-25-bytes"),
                Arguments.of("tcp", "sctponly", "tcp/sctponly"),
                Arguments.of("tcp", "commented", "tcp/commented"),
                Arguments.of("udp", "http", "udp/http"),
                Arguments.of("udp4", "nope", "udp/nope"),
                Arguments.of("ip", "nope", "ip/nope"));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("missing")
    void missesAsGo(String network, String service, String name) {
        DNSException e = assertThrows(DNSException.class, () -> FIXTURE.lookup(network, service));
        assertEquals("lookup " + name + ": unknown port", e.getMessage());
        assertEquals(name, e.name());
        assertTrue(e.isNotFound());
        assertFalse(e.timeout());
    }

    @Test
    void builtInTableWithoutAFile() throws DNSException {
        assertEquals(22, BUILT_IN.lookup("tcp", "ssh"));
        assertEquals(465, BUILT_IN.lookup("tcp", "submissions"));
        assertEquals(53, BUILT_IN.lookup("udp", "domain"));
        assertThrows(DNSException.class, () -> BUILT_IN.lookup("udp", "submissions"));
    }

    @Test
    void unknownNetworkIsGoText() {
        DNSException e = assertThrows(DNSException.class, () -> FIXTURE.lookup("sctp", "sctponly"));
        assertEquals("lookup sctp/sctponly: unknown network", e.getMessage());
        assertFalse(e.isNotFound());
    }

    @Test
    void thePropertyNamesTheFileReadInsteadOfTheSystems() throws DNSException {
        Services s = Services.fromProperties(
                name -> name.equals(Services.FILE_PROPERTY) ? "src/test/resources/testdata/services" : null);
        assertEquals(2222, s.lookup("tcp", "ssh"), "the file's entry, not Go's built-in 22");
        assertEquals(1111, s.lookup("tcp", "tabbed"));
    }

    @Test
    void anUnsetPropertyKeepsTheSystemsFile() throws DNSException {
        Services s = Services.fromProperties(name -> null);
        assertEquals(Services.load(Services.SYSTEM_FILE).lookup("tcp", "http"), s.lookup("tcp", "http"));
    }

    @Test
    void anEmptyPropertyIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Services.fromProperties(name -> name.equals(Services.FILE_PROPERTY) ? "" : null));
        assertEquals("property net.services is empty: it names the file read instead of /etc/services", e.getMessage());
    }
}
