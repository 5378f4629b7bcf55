package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.ptr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import net.api.spi.LookupOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * The hosts file before, after or instead of DNS, as Go's {@code goLookupIPCNAMEOrder} and
 * {@code goLookupPTR} consult it ({@code TestGoLookupIPOrderFallbackToFile},
 * {@code TestLookupOrderFilesNoSuchHost}, {@code TestGoLookupIPCNAMEOrderHostsAliases*}).
 */
class HostsOrderTest {

    @TempDir
    Path dir;

    private static final String[] HOSTS = {
        "192.0.2.50 files.example alias.example",
        "2001:db8::50 files.example",
        "fe80::1%lo0 zoned.example",
    };

    /** A server that knows only dns.example and the reverse name of 192.0.2.60. */
    private static FakeDnsServer server() throws IOException {
        return FakeDnsServer.start(q -> {
            if (q.name().equals("dns.example.") && q.type() == Type.A) {
                return FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.60")));
            }
            if (q.name().equals("60.2.0.192.in-addr.arpa.")) {
                return FakeDnsServer.Response.of(q.reply(ptr(q.name(), "dns.example.")));
            }
            return FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN));
        });
    }

    private static List<String> texts(List<IPAddr> addrs) {
        return addrs.stream().map(IPAddr::toString).toList();
    }

    @Test
    void filesFirstAnswersWithoutDNS() throws IOException {
        try (FakeDnsServer server = server()) {
            ResolverProvider p = new DnsFixture(dir).hosts(HOSTS).provider(server);
            LookupOrder order = LookupOrder.FILES_DNS;
            assertEquals(List.of("192.0.2.50", "2001:db8::50"), texts(p.lookupIPAddr("ip", "files.example", order, ResolverOptions.DEFAULT, null)));
            assertEquals(List.of("fe80::1%lo0"), texts(p.lookupIPAddr("ip", "zoned.example", order, ResolverOptions.DEFAULT, null)));
            assertEquals("files.example.", p.lookupCNAME("alias.example", order, ResolverOptions.DEFAULT, null), "the hosts file's canonical name");
            assertEquals(List.of("files.example.", "alias.example."), p.lookupAddr("192.0.2.50", order, ResolverOptions.DEFAULT, null));
            assertEquals(0, server.queries().size());
            assertEquals(List.of("192.0.2.60"), texts(p.lookupIPAddr("ip4", "dns.example", order, ResolverOptions.DEFAULT, null)), "then DNS");
        }
    }

    @Test
    void filesOnlyMissIsNoSuchHost() throws IOException {
        try (FakeDnsServer server = server()) {
            ResolverProvider p = new DnsFixture(dir).hosts(HOSTS).provider(server);
            LookupOrder order = LookupOrder.FILES;
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", "dns.example", order, ResolverOptions.DEFAULT, null));
            assertEquals("lookup dns.example: no such host", e.getMessage());
            assertTrue(e.isNotFound());
            e = assertThrows(DNSException.class, () -> p.lookupAddr("192.0.2.60", order, ResolverOptions.DEFAULT, null));
            assertEquals("lookup 192.0.2.60: no such host", e.getMessage());
            assertEquals(0, server.queries().size());
        }
    }

    @Test
    void dnsFirstFallsBackToFiles() throws IOException {
        try (FakeDnsServer server = server()) {
            ResolverProvider p = new DnsFixture(dir).hosts(HOSTS).provider(server);
            LookupOrder order = LookupOrder.DNS_FILES;
            assertEquals(List.of("192.0.2.50", "2001:db8::50"), texts(p.lookupIPAddr("ip", "files.example", order, ResolverOptions.DEFAULT, null)));
            assertEquals(List.of("files.example.", "alias.example."), p.lookupAddr("192.0.2.50", order, ResolverOptions.DEFAULT, null));
            assertTrue(server.queries().size() >= 3, "DNS was asked first: " + server.log());
            assertEquals(List.of("dns.example."), p.lookupAddr("192.0.2.60", order, ResolverOptions.DEFAULT, null));
        }
    }

    /** DNS only; also for the C library's order, which reaches this module only when Go falls back to DNS. */
    @Test
    void dnsOnlyIgnoresFiles() throws IOException {
        try (FakeDnsServer server = server()) {
            ResolverProvider p = new DnsFixture(dir).hosts(HOSTS).provider(server);
            for (LookupOrder order : new LookupOrder[] {LookupOrder.DNS, LookupOrder.CGO}) {
                assertTrue(assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", "files.example", order, ResolverOptions.DEFAULT, null)).isNotFound());
                assertTrue(assertThrows(DNSException.class, () -> p.lookupCNAME("files.example", order, ResolverOptions.DEFAULT, null)).isNotFound());
            }
        }
    }
}
