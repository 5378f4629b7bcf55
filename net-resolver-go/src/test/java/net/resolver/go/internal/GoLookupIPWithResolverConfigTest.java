package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Type;

/**
 * Go's {@code goLookupIPWithResolverConfigTests} and {@code TestGoLookupIPWithResolverConfig}
 * ({@code dnsclient_unix_test.go}), on loopback: Go's two answering servers (a public
 * resolver's IPv4 and IPv6 addresses in Go's table) are 127.0.0.1 and 127.0.0.2 here, and its
 * silent 255.255.255.255 is 127.0.0.3. The answering servers know A records of ipv4.google.com and AAAA records of
 * ipv6.google.com; every other question gets an empty reply without RA, a lame referral.
 */
class GoLookupIPWithResolverConfigTest {

    private static FakeDnsServer first;
    private static FakeDnsServer second;
    private static FakeDnsServer silent;

    @TempDir
    Path dir;

    private static FakeDnsServer.Response answer(FakeDnsServer.Query q) {
        Message m = q.reply();
        if (q.type() == Type.A && q.name().equals("ipv4.google.com.")) {
            m = q.reply(a(q.name(), "192.0.2.1"));
        } else if (q.type() == Type.AAAA && q.name().equals("ipv6.google.com.")) {
            m = q.reply(aaaa(q.name(), "2001:db8::1"));
        }
        m.getHeader().unsetFlag(Flags.RA);
        return FakeDnsServer.Response.of(m);
    }

    @BeforeAll
    static void start() throws IOException {
        first = FakeDnsServer.start(GoLookupIPWithResolverConfigTest::answer);
        second = FakeDnsServer.start("127.0.0.2", first.port(), GoLookupIPWithResolverConfigTest::answer);
        silent = FakeDnsServer.start("127.0.0.3", first.port(), q -> FakeDnsServer.Response.silence());
    }

    @AfterAll
    static void stop() throws IOException {
        first.close();
        second.close();
        silent.close();
    }

    static Stream<Arguments> goLookupIPWithResolverConfig() {
        String nx = "jgahvsekduiv9bw4b3qhn4ykdfgj0493iohkrjfhdvhjiu4j";
        return Stream.of(
                // no records, transport timeout
                Arguments.of(nx, List.of("options timeout:1 attempts:1", "nameserver 127.0.0.3"), "127.0.0.3", true, false, false),
                // no records, non-existent domain
                Arguments.of(nx, List.of("options timeout:3 attempts:1", "nameserver 127.0.0.1"), "127.0.0.1", false, false, false),
                // a few A records, no AAAA records
                Arguments.of("ipv4.google.com.", List.of("nameserver 127.0.0.1", "nameserver 127.0.0.2"), null, false, true, false),
                Arguments.of("ipv4.google.com", List.of("domain golang.org", "nameserver 127.0.0.2", "nameserver 127.0.0.1"), null, false, true, false),
                Arguments.of("ipv4.google.com", List.of("search x.golang.org y.golang.org", "nameserver 127.0.0.2", "nameserver 127.0.0.1"),
                        null, false, true, false),
                // no A records, a few AAAA records
                Arguments.of("ipv6.google.com.", List.of("nameserver 127.0.0.2", "nameserver 127.0.0.1"), null, false, false, true),
                Arguments.of("ipv6.google.com", List.of("domain golang.org", "nameserver 127.0.0.1", "nameserver 127.0.0.2"), null, false, false, true),
                Arguments.of("ipv6.google.com", List.of("search x.golang.org y.golang.org", "nameserver 127.0.0.1", "nameserver 127.0.0.2"),
                        null, false, false, true),
                // both A and AAAA records: Go's hostname.as112.net has none at its fake server either,
                // so the lookup fails (Go's test skips errors without an expected one)
                Arguments.of("hostname.as112.net", List.of("domain golang.org", "nameserver 127.0.0.2", "nameserver 127.0.0.1"),
                        "", false, false, false),
                Arguments.of("hostname.as112.net", List.of("search x.golang.org y.golang.org", "nameserver 127.0.0.2", "nameserver 127.0.0.1"),
                        "", false, false, false));
    }

    @ParameterizedTest
    @MethodSource
    void goLookupIPWithResolverConfig(String name, List<String> lines, String errorServer, boolean timeout, boolean a, boolean aaaa)
            throws IOException {
        GoResolverProvider p = new DnsFixture(dir).resolvConf(lines.toArray(String[]::new)).provider(first);
        if (errorServer != null) {
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", name, LookupOrder.DNS, ResolverOptions.DEFAULT, null));
            assertEquals(name, e.name());
            if (!errorServer.isEmpty()) {
                assertEquals(errorServer + ":" + first.port(), e.server());
            }
            assertEquals(timeout, e.timeout());
            return;
        }
        List<IPAddr> addrs = p.lookupIPAddr("ip", name, LookupOrder.DNS, ResolverOptions.DEFAULT, null);
        assertFalse(addrs.isEmpty(), "no records for " + name);
        for (IPAddr addr : addrs) {
            boolean v4 = addr.ip().to4().isPresent();
            assertTrue(v4 ? a : aaaa, "unexpected " + addr + " for " + name);
        }
    }
}
