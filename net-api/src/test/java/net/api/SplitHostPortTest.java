package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's TestSplitHostPort and TestJoinHostPort (ip_test.go), in Go's order, plus cases Go lacks. */
class SplitHostPortTest {

    static Stream<Arguments> splits() {
        return Stream.of(
                // Host name
                Arguments.of("localhost:http", "localhost", "http"),
                Arguments.of("localhost:80", "localhost", "80"),
                // Go-specific host name with zone identifier
                Arguments.of("localhost%lo0:http", "localhost%lo0", "http"),
                Arguments.of("localhost%lo0:80", "localhost%lo0", "80"),
                Arguments.of("[localhost%lo0]:http", "localhost%lo0", "http"),
                Arguments.of("[localhost%lo0]:80", "localhost%lo0", "80"),
                // IP literal
                Arguments.of("127.0.0.1:http", "127.0.0.1", "http"),
                Arguments.of("127.0.0.1:80", "127.0.0.1", "80"),
                Arguments.of("[::1]:http", "::1", "http"),
                Arguments.of("[::1]:80", "::1", "80"),
                // IP literal with zone identifier
                Arguments.of("[::1%lo0]:http", "::1%lo0", "http"),
                Arguments.of("[::1%lo0]:80", "::1%lo0", "80"),
                // Go-specific wildcard for host name
                Arguments.of(":http", "", "http"),
                Arguments.of(":80", "", "80"),
                // Go-specific wildcard for service name or transport port number
                Arguments.of("golang.org:", "golang.org", ""),
                Arguments.of("127.0.0.1:", "127.0.0.1", ""),
                Arguments.of("[::1]:", "::1", ""),
                // Opaque service name
                Arguments.of("golang.org:https%foo", "golang.org", "https%foo"),
                // Not in Go's table (results checked against Go 1.27)
                Arguments.of(":", "", ""),
                Arguments.of("[]:", "", ""),
                Arguments.of("[fe80::1%eth0]:443", "fe80::1%eth0", "443"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("splits")
    void splitsAsGo(String hostport, String host, String port) throws AddrException {
        assertEquals(new HostAndPort(host, port), Net.splitHostPort(hostport));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("golang.org", "missing port in address"),
                Arguments.of("127.0.0.1", "missing port in address"),
                Arguments.of("[::1]", "missing port in address"),
                Arguments.of("[fe80::1%lo0]", "missing port in address"),
                Arguments.of("[localhost%lo0]", "missing port in address"),
                Arguments.of("localhost%lo0", "missing port in address"),
                Arguments.of("::1", "too many colons in address"),
                Arguments.of("fe80::1%lo0", "too many colons in address"),
                Arguments.of("fe80::1%lo0:80", "too many colons in address"),
                // Test cases that didn't fail in Go 1
                Arguments.of("[foo:bar]", "missing port in address"),
                Arguments.of("[foo:bar]baz", "missing port in address"),
                Arguments.of("[foo]bar:baz", "missing port in address"),
                Arguments.of("[foo]:[bar]:baz", "too many colons in address"),
                Arguments.of("[foo]:[bar]baz", "unexpected '[' in address"),
                Arguments.of("foo[bar]:baz", "unexpected '[' in address"),
                Arguments.of("foo]bar:baz", "unexpected ']' in address"),
                // Not in Go's table (texts checked against Go 1.27)
                Arguments.of("", "missing port in address"),
                Arguments.of("[", "missing port in address"),
                Arguments.of("[]", "missing port in address"),
                Arguments.of("[:80", "missing ']' in address"),
                Arguments.of("[::1]:80]", "unexpected ']' in address"),
                Arguments.of("]:80", "unexpected ']' in address"),
                Arguments.of("[a]:b[", "unexpected '[' in address"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("failures")
    void failsAsGo(String hostport, String err) {
        AddrException e = assertThrows(AddrException.class, () -> Net.splitHostPort(hostport));
        assertEquals(err, e.err());
        assertEquals(hostport, e.addr());
        assertEquals(hostport.isEmpty() ? err : "address " + hostport + ": " + err, e.getMessage());
    }

    static Stream<Arguments> joins() {
        return Stream.of(
                Arguments.of("localhost", "http", "localhost:http"),
                Arguments.of("localhost", "80", "localhost:80"),
                Arguments.of("localhost%lo0", "http", "localhost%lo0:http"),
                Arguments.of("localhost%lo0", "80", "localhost%lo0:80"),
                Arguments.of("127.0.0.1", "http", "127.0.0.1:http"),
                Arguments.of("127.0.0.1", "80", "127.0.0.1:80"),
                Arguments.of("::1", "http", "[::1]:http"),
                Arguments.of("::1", "80", "[::1]:80"),
                Arguments.of("::1%lo0", "http", "[::1%lo0]:http"),
                Arguments.of("::1%lo0", "80", "[::1%lo0]:80"),
                Arguments.of("", "http", ":http"),
                Arguments.of("", "80", ":80"),
                Arguments.of("golang.org", "", "golang.org:"),
                Arguments.of("127.0.0.1", "", "127.0.0.1:"),
                Arguments.of("::1", "", "[::1]:"),
                Arguments.of("golang.org", "https%foo", "golang.org:https%foo"));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("joins")
    void joinsAsGoAndSplitsBack(String host, String port, String hostport) throws AddrException {
        assertEquals(hostport, Net.joinHostPort(host, port));
        assertEquals(hostport, new HostAndPort(host, port).toString());
        assertEquals(new HostAndPort(host, port), Net.splitHostPort(hostport));
    }

    @Test
    void nullIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Net.splitHostPort(null));
        assertEquals("hostport is null", e.getMessage());
    }
}
