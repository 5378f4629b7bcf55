package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.Resolver;
import net.api.SRV;
import net.api.SRVResult;
import net.api.IP;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import net.test.unbound.UnboundServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pure resolver end to end against a real name server, Debian's unbound, serving the zones
 * "test." and 2.0.192.in-addr.arpa on a loopback port: every lookup kind, over UDP and (for a TXT answer too long
 * for 1232 bytes) TCP, through net-udp and net-tcp. Skipped, saying why, when unbound is not
 * installed; .ci/run installs it.
 *
 * <p>The lookups go to the provider over a resolv.conf of the test's, and to a
 * {@code net.api.Resolver} whose dial function (Go's {@code Resolver.Dial}) sends every query to
 * the test's server whatever server the system's resolv.conf names; names are rooted there, so
 * that the system's search list does not apply, and the addresses it gets are loopback ones,
 * since RFC 6724 sorting connects a UDP socket to each.
 */
class UnboundEndToEndTest {

    /** Six 250-character strings: 1,500 bytes of text, over the 1,232-byte EDNS0 payload. */
    private static final List<String> LONG_TXT = List.of("a", "b", "c", "d", "e", "f").stream()
            .map(c -> c.repeat(250)).toList();

    private static final Map<String, String> ZONES = Map.of("test.", """
            $TTL 300
            @ SOA ns1.test. hostmaster.test. 1 3600 600 86400 300
            @ NS ns1.test.
            @ NS ns2.test.
            @ MX 20 mx2.test.
            @ MX 10 mx1.test.
            www A 192.0.2.1
            www A 192.0.2.2
            www AAAA 2001:db8::1
            v4only A 192.0.2.3
            lo A 127.0.99.2
            lo AAAA ::1
            alias CNAME alias2
            alias2 CNAME www
            cname CNAME www
            _http._tcp SRV 10 60 80 www.test.
            _http._tcp SRV 5 0 8080 v4only.test.
            txt TXT "v=spf1" " -all"
            txt TXT "second"
            long TXT %s
            """.formatted(LONG_TXT.stream().map(s -> '"' + s + '"').collect(Collectors.joining(" "))),
            "2.0.192.in-addr.arpa.", """
            $TTL 300
            @ SOA ns1.test. hostmaster.test. 1 3600 600 86400 300
            @ NS ns1.test.
            1 PTR www.test.
            3 PTR v4only.test.
            """,
            "99.0.127.in-addr.arpa.", """
            $TTL 300
            @ SOA ns1.test. hostmaster.test. 1 3600 600 86400 300
            @ NS ns1.test.
            2 PTR lo.test.
            """);

    /** The options of Go's zero Resolver: lax errors, the module's own dialer (here the fixture's). */
    private static final ResolverOptions OWN = ResolverOptions.DEFAULT;

    @TempDir
    static Path serverDir;

    @TempDir
    Path dir;

    private static UnboundServer server;

    private DnsFixture fixture;
    private ResolverProvider provider;

    @BeforeAll
    static void startUnbound() throws IOException, InterruptedException {
        Optional<Path> binary = UnboundServer.binary();
        if (binary.isEmpty()) {
            String why = "unbound is not installed (apt-get install unbound; .ci/run does): end-to-end test skipped";
            System.out.println(why);
            Assumptions.abort(why);
        }
        server = UnboundServer.start(binary.get(), serverDir, ZONES, "www.test.");
    }

    @AfterAll
    static void stopUnbound() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void provider() throws IOException {
        fixture = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "search test", "options timeout:2 attempts:1");
        provider = fixture.provider(server.port());
    }

    private static List<String> sortedTexts(List<IPAddr> addrs) {
        return addrs.stream().map(IPAddr::toString).sorted().toList();
    }

    @Test
    void lookupHostAndIP() throws IOException {
        assertEquals(List.of("192.0.2.1", "192.0.2.2", "2001:db8::1"),
                sortedTexts(provider.lookupIPAddr("ip", "www.test", LookupOrder.DNS, OWN, null)));
        assertEquals(List.of("192.0.2.1", "192.0.2.2"),
                sortedTexts(provider.lookupIPAddr("ip4", "www.test.", LookupOrder.DNS, OWN, null)));
        assertEquals(List.of("2001:db8::1"), sortedTexts(provider.lookupIPAddr("ip6", "www", LookupOrder.DNS, OWN, null)));
        assertEquals(List.of("192.0.2.3"), sortedTexts(provider.lookupIPAddr("ip", "v4only", LookupOrder.DNS, OWN, null)));
    }

    @Test
    void cname() throws IOException {
        assertEquals("www.test.", provider.lookupCNAME("cname.test", LookupOrder.DNS, OWN, null));
        assertEquals("www.test.", provider.lookupCNAME("www.test", LookupOrder.DNS, OWN, null));
    }

    /**
     * A chain of two CNAMEs: the addresses at its end, and as the canonical name whichever of
     * Go's parallel A, AAAA and CNAME queries is read first gives: unbound answers the CNAME query
     * with the first link alone ("alias2.test."), the others with the whole chain ("www.test.").
     * Go 1.27 against this server gives both, run after run.
     */
    @Test
    void cnameChain() throws IOException {
        assertEquals(List.of("192.0.2.1", "192.0.2.2", "2001:db8::1"),
                sortedTexts(provider.lookupIPAddr("ip", "alias.test", LookupOrder.DNS, OWN, null)));
        String cname = provider.lookupCNAME("alias.test", LookupOrder.DNS, OWN, null);
        assertTrue(Set.of("alias2.test.", "www.test.").contains(cname), cname);
    }

    @Test
    void mxByPreference() throws IOException {
        assertEquals(List.of(new MX("mx1.test.", 10), new MX("mx2.test.", 20)), provider.lookupMX("test.", OWN, null));
    }

    @Test
    void ns() throws IOException {
        assertEquals(List.of("ns1.test.", "ns2.test."),
                provider.lookupNS("test.", OWN, null).stream().map(NS::host).sorted().toList());
    }

    @Test
    void srvByPriority() throws IOException {
        ResolverProvider.SRVAnswer srv = provider.lookupSRV("_http._tcp.test.", OWN, null);
        assertEquals("_http._tcp.test.", srv.cname());
        assertEquals(List.of(new SRV("v4only.test.", 8080, 5, 0), new SRV("www.test.", 80, 10, 60)), srv.records());
    }

    @Test
    void txtJoinsEachRecordsStrings() throws IOException {
        assertEquals(List.of("second", "v=spf1 -all"),
                provider.lookupTXT("txt.test.", OWN, null).stream().sorted().toList());
    }

    @Test
    void longTxtIsAskedAgainOverTcp() throws IOException {
        assertEquals(List.of(String.join("", LONG_TXT)), provider.lookupTXT("long.test.", OWN, null));
        List<String> networks = fixture.dialer().dials().stream().map(LoopbackDialer.Dial::network).toList();
        assertEquals(List.of("udp", "tcp"), networks);
    }

    @Test
    void lookupAddr() throws IOException {
        assertEquals(List.of("www.test."), provider.lookupAddr("192.0.2.1", LookupOrder.DNS, OWN, null));
        assertEquals(List.of("v4only.test."), provider.lookupAddr("192.0.2.3", LookupOrder.DNS, OWN, null));
    }

    @Test
    void missingNameIsNotFound() {
        DNSException e = assertThrows(DNSException.class,
                () -> provider.lookupIPAddr("ip", "nope.test.", LookupOrder.DNS, OWN, null));
        assertEquals("lookup nope.test. on 127.0.0.1:" + server.port() + ": no such host", e.getMessage());
        assertTrue(e.isNotFound());
    }

    @Test
    void nameOutsideTheLocalZoneIsRefused() {
        DNSException e = assertThrows(DNSException.class,
                () -> provider.lookupIPAddr("ip", "example.com.", LookupOrder.DNS, OWN, null));
        assertEquals("lookup example.com. on 127.0.0.1:" + server.port() + ": server misbehaving", e.getMessage());
        assertFalse(e.isNotFound());
    }

    @Test
    void everyConnectionIsClosed() throws IOException {
        provider.lookupIPAddr("ip", "www.test.", LookupOrder.DNS, OWN, null);
        provider.lookupTXT("long.test.", OWN, null);
        assertEquals(0, fixture.dialer().open());
    }

    /** A Resolver whose dial function sends every query to the test's server; the networks it dialed go to {@code dialed}. */
    private static Resolver resolverVia(List<String> dialed) {
        return Resolver.builder().preferGo(true).dial((network, address, deadline) -> {
            dialed.add(network);
            return DefaultDialer.dial(network, "127.0.0.1:" + server.port(), deadline);
        }).build();
    }

    @Test
    void resolverWithDial() throws IOException {
        List<String> dialed = new CopyOnWriteArrayList<>();
        Resolver r = resolverVia(dialed);
        assertEquals(List.of("127.0.99.2", "::1"), r.lookupHost("lo.test.").stream().sorted().toList());
        assertEquals(List.of("127.0.99.2"), r.lookupIP("ip4", "lo.test.").stream().map(IP::toString).toList());
        assertEquals("www.test.", r.lookupCNAME("cname.test."));
        assertEquals(List.of(new MX("mx1.test.", 10), new MX("mx2.test.", 20)), r.lookupMX("test."));
        assertEquals(List.of("ns1.test.", "ns2.test."), r.lookupNS("test.").stream().map(NS::host).sorted().toList());
        assertEquals(new SRVResult("_http._tcp.test.",
                List.of(new SRV("v4only.test.", 8080, 5, 0), new SRV("www.test.", 80, 10, 60))),
                r.lookupSRV("http", "tcp", "test."));
        assertEquals(List.of("second", "v=spf1 -all"), r.lookupTXT("txt.test.").stream().sorted().toList());
        assertEquals(List.of("lo.test."), r.lookupAddr("127.0.99.2"));
        assertTrue(dialed.stream().allMatch("udp"::equals), dialed.toString());
        dialed.clear();
        assertEquals(List.of(String.join("", LONG_TXT)), r.lookupTXT("long.test."));
        assertEquals(List.of("udp", "tcp"), dialed);
    }

    @Test
    void resolverWithDialNotFound() {
        DNSException e = assertThrows(DNSException.class, () -> resolverVia(new CopyOnWriteArrayList<>())
                .lookupHost("nope.test."));
        assertTrue(e.isNotFound());
        assertTrue(e.getMessage().startsWith("lookup nope.test. on ") && e.getMessage().endsWith(": no such host"),
                e.getMessage());
    }

    /** The provider ServiceLoader makes, with the properties naming the test's files and the server's port. */
    @Test
    void providerFromProperties() throws IOException {
        // over the resolv.conf and hosts file the fixture wrote into dir
        Map<String, String> properties = Map.of(ResolverSettings.RESOLV_CONF, dir.resolve("resolv.conf").toString(),
                ResolverSettings.HOSTS, dir.resolve("hosts").toString(), ResolverSettings.PORT, "" + server.port());
        ResolverProvider p = new GoResolverProvider(properties::get);
        assertEquals(List.of("127.0.99.2", "::1"),
                sortedTexts(p.lookupIPAddr("ip", "lo.test.", LookupOrder.FILES_DNS, OWN, null)));
    }
}
