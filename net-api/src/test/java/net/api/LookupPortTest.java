package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's TestLookupPort and TestLookupPort_Minimal (lookup_test.go), in Go's order, with the error
 * each failing case gets in Go 1.27 with its built-in table; the system's services file may only
 * add to these answers.
 */
class LookupPortTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("tcp", "0", 0, null),
                Arguments.of("udp", "0", 0, null),
                Arguments.of("udp", "domain", 53, null),
                Arguments.of("--badnet--", "zzz", 0, new AddrException("unknown network", "--badnet--")),
                Arguments.of("tcp", "--badport--", 0, unknownPort("tcp/--badport--")),
                Arguments.of("tcp", "-1", 0, new AddrException("invalid port", "-1")),
                Arguments.of("tcp", "65536", 0, new AddrException("invalid port", "65536")),
                Arguments.of("udp", "-1", 0, new AddrException("invalid port", "-1")),
                Arguments.of("udp", "65536", 0, new AddrException("invalid port", "65536")),
                Arguments.of("tcp", "123456789", 0, new AddrException("invalid port", "123456789")),
                Arguments.of("tcp", "bad\0port", 0, unknownPort("tcp/bad\0port")),
                // Issue 13610: LookupPort("tcp", "")
                Arguments.of("tcp", "", 0, null),
                Arguments.of("tcp4", "", 0, null),
                Arguments.of("tcp6", "", 0, null),
                Arguments.of("udp", "", 0, null),
                Arguments.of("udp4", "", 0, null),
                Arguments.of("udp6", "", 0, null),
                Arguments.of("tcp", "http", 80, null),
                // TestLookupPort_Minimal
                Arguments.of("tcp", "http", 80, null),
                Arguments.of("tcp", "HTTP", 80, null),
                Arguments.of("tcp", "https", 443, null),
                Arguments.of("tcp", "ssh", 22, null),
                Arguments.of("tcp", "gopher", 70, null),
                Arguments.of("tcp4", "http", 80, null),
                Arguments.of("tcp6", "http", 80, null),
                // Not in Go's tables (results checked against Go 1.27)
                Arguments.of("", "zzz", 0, unknownPort("ip/zzz")),
                Arguments.of("ip", "domain", 53, null),
                Arguments.of("", "65535", 65535, null),
                Arguments.of("--badnet--", "80", 80, null),
                Arguments.of("tcp", "+1", 1, null),
                Arguments.of("tcp", "abcdefghijklmnopqrstuvwxyz0123", 0,
                        unknownPort("tcp/abcdefghijklmnopqrstuvwxyz0123")));
    }

    static DNSException unknownPort(String name) {
        return new DNSException("unknown port", name, "", false, false, true);
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("cases")
    void looksUpAsGo(String network, String service, int port, IOException error) throws IOException {
        if (error == null) {
            assertEquals(port, Net.lookupPort(network, service));
            assertEquals(port, Resolver.DEFAULT.lookupPort(network, service));
            return;
        }
        IOException e = assertThrows(IOException.class, () -> Net.lookupPort(network, service));
        ResolveAddrTest.assertSameError(error, e);
        if (e instanceof DNSException dns) {
            assertTrue(dns.isNotFound());
            assertFalse(dns.temporary());
        }
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("network is null",
                assertThrows(IllegalArgumentException.class, () -> Net.lookupPort(null, "80")).getMessage());
        assertEquals("service is null",
                assertThrows(IllegalArgumentException.class, () -> Net.lookupPort("tcp", null)).getMessage());
    }
}
