package net.api.dnsname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code dnsname_test.go} ({@code dnsNameTests} and the generated long names), plus our own cases. */
class DnsNameTest {

    /** Go's {@code dnsNameTests} (RFC 2181, section 11), in Go's order. */
    static Stream<Arguments> goDnsNameTests() {
        return Stream.of(
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
                Arguments.of("b.com.", true));
    }

    /** Go's {@code emitDNSNameTest} cases after the table: label and name length limits. */
    static Stream<Arguments> goLengthTests() {
        String char63 = "a".repeat(63);
        String char64 = char63 + "a";
        String longDomain = (char63 + ".").repeat(5) + "example";
        return Stream.of(
                Arguments.of(char63 + ".com", true),
                Arguments.of(char64 + ".com", false),
                // 253 characters: 255 octets on the wire, the longest name.
                Arguments.of(longDomain.substring(longDomain.length() - 253), true),
                // A terminal dot does not count.
                Arguments.of(longDomain.substring(longDomain.length() - 253) + ".", true),
                Arguments.of(longDomain.substring(longDomain.length() - 254), false));
    }

    /** Cases Go's table misses: the root, numeric names, odd characters, label edges. */
    static Stream<Arguments> moreTests() {
        String char63 = "a".repeat(63);
        return Stream.of(
                Arguments.of(".", true),
                Arguments.of("", false),
                Arguments.of("..", false),
                Arguments.of(".com", false),
                Arguments.of("127.0.0.1", false),
                Arguments.of("1234", false),
                Arguments.of("1234.", false),
                Arguments.of("_", true),
                Arguments.of("-foo.com", false),
                Arguments.of("foo.-com", false),
                Arguments.of("foo-.com", false),
                Arguments.of("f--o.com", true),
                Arguments.of("foo.com..", false),
                Arguments.of("foo com", false),
                Arguments.of("foo .com", false),
                Arguments.of("foo\\.com", false),
                Arguments.of("foo.com%en0", false),
                Arguments.of("b\u00fccher.de", false),
                Arguments.of("xn--bcher-kva.de", true),
                Arguments.of(char63, true),
                Arguments.of("a".repeat(64), false),
                Arguments.of(char63 + ".", true),
                Arguments.of("a".repeat(64) + ".", false),
                // 253 characters are fine, 254 only when the last is the terminal dot, 255 never.
                Arguments.of(("a".repeat(62) + ".").repeat(4) + "b", true),
                Arguments.of(("a".repeat(62) + ".").repeat(4) + "b.", true),
                Arguments.of(("a".repeat(62) + ".").repeat(4) + "bc", false),
                Arguments.of(("a".repeat(62) + ".").repeat(4) + "bc.", false));
    }

    @ParameterizedTest(name = "isDomainName({0}) = {1}")
    @MethodSource({"goDnsNameTests", "goLengthTests", "moreTests"})
    void isDomainName(String name, boolean want) {
        assertEquals(want, DnsName.isDomainName(name));
    }

    @Test
    void nullIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DnsName.isDomainName(null));
        assertEquals("s is null", e.getMessage());
    }
}
