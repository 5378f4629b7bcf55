package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's resolveTCPAddrTests, resolveUDPAddrTests (tcpsock_test.go, udpsock_test.go) and
 * resolveIPAddrTests (iprawsock_test.go), in Go's order, each success resolved again from its
 * printed form as Go's tests do; all literal, so no resolver is needed.
 * Then localhost, resolved by the rule that applies when no resolver module is present, as here.
 */
class ResolveAddrTest {

    private static final IP V4_LOOPBACK = IP.v4(127, 0, 0, 1);
    private static final IP V6_LOOPBACK = ip("::1");
    private static final IP DOC = ip("2001:db8::1");
    private static final IP MAPPED_LOOPBACK = ip("::ffff:127.0.0.1");

    /** Go's {@code ParseIP} of a valid literal, as Go's tables write addresses. */
    static IP ip(String literal) {
        return Net.parseIP(literal).orElseThrow();
    }

    static AddrException noSuitable(String host) {
        return new AddrException("no suitable address found", host);
    }

    static Stream<Arguments> tcp() {
        return Stream.of(
                Arguments.of("tcp", "127.0.0.1:0", new TCPAddr(V4_LOOPBACK, 0), null),
                Arguments.of("tcp4", "127.0.0.1:65535", new TCPAddr(V4_LOOPBACK, 65535), null),
                Arguments.of("tcp", "[::1]:0", new TCPAddr(V6_LOOPBACK, 0), null),
                Arguments.of("tcp6", "[::1]:65535", new TCPAddr(V6_LOOPBACK, 65535), null),
                Arguments.of("tcp", "[::1%en0]:1", new TCPAddr(V6_LOOPBACK, 1, "en0"), null),
                Arguments.of("tcp6", "[::1%911]:2", new TCPAddr(V6_LOOPBACK, 2, "911"), null),
                Arguments.of("", "127.0.0.1:0", new TCPAddr(V4_LOOPBACK, 0), null),
                Arguments.of("", "[::1]:0", new TCPAddr(V6_LOOPBACK, 0), null),
                Arguments.of("tcp", ":12345", new TCPAddr(null, 12345), null),
                Arguments.of("http", "127.0.0.1:0", null, new UnknownNetworkException("http")),
                Arguments.of("tcp", "127.0.0.1:http", new TCPAddr(V4_LOOPBACK, 80), null),
                Arguments.of("tcp", "[::ffff:127.0.0.1]:http", new TCPAddr(MAPPED_LOOPBACK, 80), null),
                Arguments.of("tcp", "[2001:db8::1]:http", new TCPAddr(DOC, 80), null),
                Arguments.of("tcp4", "127.0.0.1:http", new TCPAddr(V4_LOOPBACK, 80), null),
                Arguments.of("tcp4", "[::ffff:127.0.0.1]:http", new TCPAddr(V4_LOOPBACK, 80), null),
                Arguments.of("tcp6", "[2001:db8::1]:http", new TCPAddr(DOC, 80), null),
                Arguments.of("tcp4", "[2001:db8::1]:http", null, noSuitable("2001:db8::1")),
                Arguments.of("tcp6", "127.0.0.1:http", null, noSuitable("127.0.0.1")),
                Arguments.of("tcp6", "[::ffff:127.0.0.1]:http", null, noSuitable("::ffff:127.0.0.1")),
                // Not in Go's table (results checked against Go 1.27)
                Arguments.of("tcp", "", new TCPAddr(null, 0), null),
                Arguments.of("tcp", "[::]:80", new TCPAddr(ip("::"), 80), null),
                Arguments.of("tcp4", "[::]:80", new TCPAddr(IP.v4(0, 0, 0, 0), 80), null),
                Arguments.of("tcp", "[fe80::1%eth0]:80", new TCPAddr(ip("fe80::1"), 80, "eth0"), null),
                Arguments.of("tcp", "1.2.3.4", null, new AddrException("missing port in address", "1.2.3.4")),
                Arguments.of("tcp", "1.2.3.4:65536", null, new AddrException("invalid port", "65536")),
                Arguments.of("tcp", "1.2.3.4:nope", null, new DNSException("unknown port", "tcp/nope", "", false, false, true)),
                Arguments.of("udp", "127.0.0.1:0", null, new UnknownNetworkException("udp")));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("tcp")
    void resolvesTCPAsGo(String network, String address, TCPAddr want, IOException error) {
        if (error == null) {
            TCPAddr got = assertDoesNotThrow(() -> Net.resolveTCPAddr(network, address));
            assertEquals(want, got);
            // Go's tables resolve the printed form again.
            assertEquals(want, assertDoesNotThrow(() -> Net.resolveTCPAddr(got.network(), got.toString())));
        } else {
            assertSameError(error, assertThrows(IOException.class, () -> Net.resolveTCPAddr(network, address)));
        }
    }

    static Stream<Arguments> udp() {
        return Stream.of(
                Arguments.of("udp", "127.0.0.1:0", new UDPAddr(V4_LOOPBACK, 0), null),
                Arguments.of("udp4", "127.0.0.1:65535", new UDPAddr(V4_LOOPBACK, 65535), null),
                Arguments.of("udp", "[::1]:0", new UDPAddr(V6_LOOPBACK, 0), null),
                Arguments.of("udp6", "[::1]:65535", new UDPAddr(V6_LOOPBACK, 65535), null),
                Arguments.of("udp", "[::1%en0]:1", new UDPAddr(V6_LOOPBACK, 1, "en0"), null),
                Arguments.of("udp6", "[::1%911]:2", new UDPAddr(V6_LOOPBACK, 2, "911"), null),
                Arguments.of("", "127.0.0.1:0", new UDPAddr(V4_LOOPBACK, 0), null),
                Arguments.of("", "[::1]:0", new UDPAddr(V6_LOOPBACK, 0), null),
                Arguments.of("udp", ":12345", new UDPAddr(null, 12345), null),
                Arguments.of("http", "127.0.0.1:0", null, new UnknownNetworkException("http")),
                Arguments.of("udp", "127.0.0.1:domain", new UDPAddr(V4_LOOPBACK, 53), null),
                Arguments.of("udp", "[::ffff:127.0.0.1]:domain", new UDPAddr(MAPPED_LOOPBACK, 53), null),
                Arguments.of("udp", "[2001:db8::1]:domain", new UDPAddr(DOC, 53), null),
                Arguments.of("udp4", "127.0.0.1:domain", new UDPAddr(V4_LOOPBACK, 53), null),
                Arguments.of("udp4", "[::ffff:127.0.0.1]:domain", new UDPAddr(V4_LOOPBACK, 53), null),
                Arguments.of("udp6", "[2001:db8::1]:domain", new UDPAddr(DOC, 53), null),
                Arguments.of("udp4", "[2001:db8::1]:domain", null, noSuitable("2001:db8::1")),
                Arguments.of("udp6", "127.0.0.1:domain", null, noSuitable("127.0.0.1")),
                Arguments.of("udp6", "[::ffff:127.0.0.1]:domain", null, noSuitable("::ffff:127.0.0.1")),
                // Not in Go's table
                Arguments.of("tcp", "127.0.0.1:0", null, new UnknownNetworkException("tcp")),
                Arguments.of("udp", "[::1]", null, new AddrException("missing port in address", "[::1]")));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("udp")
    void resolvesUDPAsGo(String network, String address, UDPAddr want, IOException error) {
        if (error == null) {
            UDPAddr got = assertDoesNotThrow(() -> Net.resolveUDPAddr(network, address));
            assertEquals(want, got);
            // Go's tables resolve the printed form again.
            assertEquals(want, assertDoesNotThrow(() -> Net.resolveUDPAddr(got.network(), got.toString())));
        } else {
            assertSameError(error, assertThrows(IOException.class, () -> Net.resolveUDPAddr(network, address)));
        }
    }

    static Stream<Arguments> ip() {
        return Stream.of(
                Arguments.of("ip", "127.0.0.1", new IPAddr(V4_LOOPBACK), null),
                Arguments.of("ip4", "127.0.0.1", new IPAddr(V4_LOOPBACK), null),
                Arguments.of("ip4:icmp", "127.0.0.1", new IPAddr(V4_LOOPBACK), null),
                Arguments.of("ip", "::1", new IPAddr(V6_LOOPBACK), null),
                Arguments.of("ip6", "::1", new IPAddr(V6_LOOPBACK), null),
                Arguments.of("ip6:ipv6-icmp", "::1", new IPAddr(V6_LOOPBACK), null),
                Arguments.of("ip6:IPv6-ICMP", "::1", new IPAddr(V6_LOOPBACK), null),
                Arguments.of("ip", "::1%en0", new IPAddr(V6_LOOPBACK, "en0"), null),
                Arguments.of("ip6", "::1%911", new IPAddr(V6_LOOPBACK, "911"), null),
                Arguments.of("", "127.0.0.1", new IPAddr(V4_LOOPBACK), null),
                Arguments.of("", "::1", new IPAddr(V6_LOOPBACK), null),
                Arguments.of("ip4:icmp", "", new IPAddr(null), null),
                Arguments.of("l2tp", "127.0.0.1", null, new UnknownNetworkException("l2tp")),
                Arguments.of("l2tp:gre", "127.0.0.1", null, new UnknownNetworkException("l2tp:gre")),
                Arguments.of("tcp", "1.2.3.4:123", null, new UnknownNetworkException("tcp")),
                Arguments.of("ip4", "2001:db8::1", null, noSuitable("2001:db8::1")),
                Arguments.of("ip4:icmp", "2001:db8::1", null, noSuitable("2001:db8::1")),
                Arguments.of("ip6", "127.0.0.1", null, noSuitable("127.0.0.1")),
                Arguments.of("ip6", "::ffff:127.0.0.1", null, noSuitable("::ffff:127.0.0.1")),
                Arguments.of("ip6:ipv6-icmp", "127.0.0.1", null, noSuitable("127.0.0.1")),
                Arguments.of("ip6:ipv6-icmp", "::ffff:127.0.0.1", null, noSuitable("::ffff:127.0.0.1")),
                // Not in Go's table (results checked against Go 1.27)
                Arguments.of("ip:foo", "127.0.0.1", null, new AddrException("unknown IP protocol specified", "foo")),
                Arguments.of("ip:1", "127.0.0.1", new IPAddr(V4_LOOPBACK), null),
                Arguments.of("ip", "::ffff:127.0.0.1", new IPAddr(MAPPED_LOOPBACK), null));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("ip")
    void resolvesIPAsGo(String network, String address, IPAddr want, IOException error) {
        if (error == null) {
            IPAddr got = assertDoesNotThrow(() -> Net.resolveIPAddr(network, address));
            assertEquals(want, got);
            // Go's tables resolve the printed form again.
            assertEquals(want, assertDoesNotThrow(() -> Net.resolveIPAddr(got.network(), got.toString())));
        } else {
            assertSameError(error, assertThrows(IOException.class, () -> Net.resolveIPAddr(network, address)));
        }
    }

    static Stream<Arguments> unix() {
        return Stream.of(
                Arguments.of("unix", "/tmp/sock", new UnixAddr("/tmp/sock", "unix"), null),
                Arguments.of("unixgram", "@abstract", new UnixAddr("@abstract", "unixgram"), null),
                Arguments.of("unixpacket", "", new UnixAddr("", "unixpacket"), null),
                Arguments.of("", "/tmp/sock", null, new UnknownNetworkException("")),
                Arguments.of("unixx", "/tmp/sock", null, new UnknownNetworkException("unixx")),
                Arguments.of("tcp", "/tmp/sock", null, new UnknownNetworkException("tcp")));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("unix")
    void resolvesUnixAsGo(String network, String address, UnixAddr want, IOException error) {
        if (error == null) {
            assertEquals(want, assertDoesNotThrow(() -> Net.resolveUnixAddr(network, address)));
        } else {
            assertSameError(error, assertThrows(IOException.class, () -> Net.resolveUnixAddr(network, address)));
        }
    }

    static Stream<Arguments> localhost() {
        return Stream.of(
                Arguments.of("tcp", "localhost:80", new TCPAddr(V4_LOOPBACK, 80)),
                Arguments.of("tcp4", "localhost:http", new TCPAddr(V4_LOOPBACK, 80)),
                Arguments.of("tcp6", "localhost:80", new TCPAddr(V6_LOOPBACK, 80)),
                Arguments.of("udp", "LOCALHOST.:53", new UDPAddr(V4_LOOPBACK, 53)),
                Arguments.of("udp6", "app.localhost:domain", new UDPAddr(V6_LOOPBACK, 53)),
                Arguments.of("ip", "localhost", new IPAddr(V4_LOOPBACK)),
                Arguments.of("ip6:icmp", "localhost", new IPAddr(V6_LOOPBACK)));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("localhost")
    void resolvesLocalhostWithoutAResolver(String network, String address, Addr want) throws IOException {
        Addr got = switch (want) {
            case TCPAddr t -> Net.resolveTCPAddr(network, address);
            case UDPAddr u -> Net.resolveUDPAddr(network, address);
            default -> Net.resolveIPAddr(network, address);
        };
        assertEquals(want, got);
    }

    @Test
    void otherNamesNeedAResolverModule() {
        DNSException e = assertThrows(DNSException.class, () -> Net.resolveTCPAddr("tcp", "example.invalid:80"));
        assertEquals("lookup example.invalid: no resolver module is present; add the artifact "
                + "dev.gonet:net-resolver-go or dev.gonet:net-resolver-native", e.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("network is null",
                assertThrows(IllegalArgumentException.class, () -> Net.resolveTCPAddr(null, ":0")).getMessage());
        assertEquals("address is null",
                assertThrows(IllegalArgumentException.class, () -> Net.resolveUDPAddr("udp", null)).getMessage());
        assertEquals("network is null",
                assertThrows(IllegalArgumentException.class, () -> Net.resolveIPAddr(null, "")).getMessage());
        assertEquals("address is null",
                assertThrows(IllegalArgumentException.class, () -> Net.resolveUnixAddr("unix", null)).getMessage());
    }

    /** Same class and same message: Go's tables compare errors with reflect.DeepEqual. */
    static void assertSameError(IOException want, IOException got) {
        assertEquals(want.getClass(), got.getClass(), () -> "error " + got);
        assertEquals(want.getMessage(), got.getMessage());
    }

    interface Call<T> {
        T call() throws IOException;
    }

    static <T> T assertDoesNotThrow(Call<T> call) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(call::call);
    }
}
