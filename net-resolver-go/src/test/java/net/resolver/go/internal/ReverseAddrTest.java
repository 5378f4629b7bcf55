package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import net.api.DNSException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code revAddrTests} and {@code TestReverseAddress} ({@code lookup_test.go}). */
class ReverseAddrTest {

    static Stream<Arguments> reverseAddress() {
        return Stream.of(
                Arguments.of("1.2.3.4", "4.3.2.1.in-addr.arpa.", ""),
                Arguments.of("245.110.36.114", "114.36.110.245.in-addr.arpa.", ""),
                Arguments.of("::ffff:12.34.56.78", "78.56.34.12.in-addr.arpa.", ""),
                Arguments.of("::1", "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa.", ""),
                Arguments.of("1::", "0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.0.ip6.arpa.", ""),
                Arguments.of("1234:567::89a:bcde",
                        "e.d.c.b.a.9.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.7.6.5.0.4.3.2.1.ip6.arpa.", ""),
                Arguments.of("1234:567:fefe:bcbc:adad:9e4a:89a:bcde",
                        "e.d.c.b.a.9.8.0.a.4.e.9.d.a.d.a.c.b.c.b.e.f.e.f.7.6.5.0.4.3.2.1.ip6.arpa.", ""),
                Arguments.of("1.2.3", "", "unrecognized address"),
                Arguments.of("1.2.3.4.5", "", "unrecognized address"),
                Arguments.of("1234:567:bcbca::89a:bcde", "", "unrecognized address"),
                Arguments.of("1234:567::bcbc:adad::89a:bcde", "", "unrecognized address"),
                // added: a zone is not an address here (Go's ParseIP rejects it)
                Arguments.of("fe80::1%eth0", "", "unrecognized address"));
    }

    @ParameterizedTest
    @MethodSource
    void reverseAddress(String addr, String reverse, String err) throws DNSException {
        if (err.isEmpty()) {
            assertEquals(reverse, ReverseAddr.of(addr));
        } else {
            DNSException e = assertThrows(DNSException.class, () -> ReverseAddr.of(addr));
            assertEquals(err, e.err());
            assertEquals(addr, e.name());
            assertEquals("lookup " + addr + ": " + err, e.getMessage());
        }
    }
}
