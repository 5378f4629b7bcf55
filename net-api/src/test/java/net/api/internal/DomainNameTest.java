package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's TestDNSName (dnsname_test.go), in Go's order, plus cases Go lacks. */
class DomainNameTest {

    static Stream<Arguments> cases() {
        String char63 = "a".repeat(63);
        String longDomain = (char63 + ".").repeat(5) + "example";
        return Stream.of(
                // RFC 2181, section 11.
                Arguments.of("_xmpp-server._tcp.google.com", true),
                Arguments.of("foo.com", true),
                Arguments.of("1foo.com", true),
                Arguments.of("26.0.0.73.com", true),
                Arguments.of("10-0-0-1", true),
                Arguments.of("fo-o.com", true),
                Arguments.of("fo1o.com", true),
                Arguments.of("foo1.com", true),
                Arguments.of("a.b..com", false),
                Arguments.of("a.b-.com", false),
                Arguments.of("a.b.com-", false),
                Arguments.of("a.b..", false),
                Arguments.of("b.com.", true),
                Arguments.of(char63 + ".com", true),
                Arguments.of(char63 + "a.com", false),
                Arguments.of(longDomain.substring(longDomain.length() - 253), true),
                Arguments.of(longDomain.substring(longDomain.length() - 253) + ".", true),
                Arguments.of(longDomain.substring(longDomain.length() - 254), false),
                // Not in Go's table
                Arguments.of(".", true),
                Arguments.of("", false),
                Arguments.of("127.0.0.1", false),
                Arguments.of("-foo.com", false),
                Arguments.of("foo .com", false),
                Arguments.of("bücher.de", false),
                Arguments.of("..", false));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void checksAsGo(String name, boolean valid) {
        assertEquals(valid, DomainName.isValid(name));
    }
}
