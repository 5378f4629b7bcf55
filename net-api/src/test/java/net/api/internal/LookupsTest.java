package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.api.AddrException;
import net.api.DNSException;
import net.api.IP;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.OpException;
import net.api.ResolverDial;
import net.api.SRV;
import net.api.SRVResult;
import net.api.TCPAddr;
import net.api.UnknownNetworkException;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The resolver front end (Go's lookup.go) over a fake resolver module. */
class LookupsTest {

    private static final Services SERVICES = Services.load(Path.of("src/test/resources/testdata/no-such-file"));
    private static final Protocols PROTOCOLS = Protocols.load(Path.of("src/test/resources/testdata/no-such-file"));
    private static final IPAddr DOC4 = new IPAddr(IP.v4(192, 0, 2, 1));
    private static final IPAddr DOC6 = new IPAddr(IPParser.parseIP("2001:db8::1").orElseThrow());
    private static final String NO_RESOLVER = "no resolver module is present; add the artifact "
            + "dev.gonet:net-resolver-go or dev.gonet:net-resolver-native";

    private final FakeResolverProvider fake = new FakeResolverProvider("go");
    private final Lookups lookups = over(fake);
    private final Lookups none = over();

    private static Lookups over(ResolverProvider... providers) {
        return new Lookups(FakeResolverProvider.router(providers), ResolverOptions.DEFAULT, () -> SERVICES, () -> PROTOCOLS);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {"127.0.0.1", "::1", "::1%lo", "fe80::1%eth0", "::ffff:192.0.2.1"})
    void literalsNeedNoResolver(String host) throws IOException {
        assertEquals(List.of(host), lookups.lookupHost(host, null));
        assertEquals(1, lookups.lookupIPAddr("ip", host, null).size());
        assertEquals(List.of(), fake.asked);
    }

    @Test
    void literalIsSixteenBytesWithItsZone() throws IOException {
        IPAddr a = lookups.lookupIPAddr("ip", "fe80::1%eth0", null).get(0);
        assertEquals("eth0", a.zone());
        assertEquals(16, a.ip().length());
        assertEquals(List.of(new IPAddr(IP.v4(127, 0, 0, 1))), lookups.lookupIPAddr("tcp", "127.0.0.1", null));
    }

    @Test
    void emptyHostIsNoSuchHost() {
        for (Lookups l : List.of(lookups, none)) {
            DNSException e = assertThrows(DNSException.class, () -> l.lookupHost("", null));
            assertEquals("lookup : no such host", e.getMessage());
            assertTrue(e.isNotFound());
            e = assertThrows(DNSException.class, () -> l.lookupIPAddr("ip", "", null));
            assertEquals("lookup : no such host", e.getMessage());
            e = assertThrows(DNSException.class, () -> l.lookupIP("ip", "", null));
            assertEquals("lookup : no such host", e.getMessage());
        }
        assertEquals(List.of(), fake.asked);
    }

    @Test
    void namesGoToTheModuleWithTheFamilyOfTheNetwork() throws IOException {
        fake.addrs = List.of(DOC4);
        assertEquals(List.of(DOC4), lookups.lookupIPAddr("ip", "example.com", null));
        lookups.lookupIPAddr("tcp4", "example.com", null);
        lookups.lookupIPAddr("udp6", "example.com", null);
        lookups.lookupIPAddr("tcp", "example.com", null);
        assertEquals(List.of("lookupIPAddr ip example.com", "lookupIPAddr ip4 example.com",
                "lookupIPAddr ip6 example.com", "lookupIPAddr ip example.com"), fake.asked);
    }

    @Test
    void hostAddressesArePrinted() throws IOException {
        fake.addrs = List.of(DOC6, DOC4, new IPAddr(IPParser.parseIP("fe80::1").orElseThrow(), "eth0"));
        assertEquals(List.of("2001:db8::1", "192.0.2.1", "fe80::1%eth0"), lookups.lookupHost("example.com", null));
        assertEquals(List.of("lookupIPAddr ip example.com"), fake.asked);
    }

    @Test
    void localhostGoesToTheModuleWhenOneIsPresent() throws IOException {
        fake.addrs = List.of(DOC4);
        assertEquals(List.of(DOC4), lookups.lookupIPAddr("ip", "localhost", null));
        assertEquals(List.of("lookupIPAddr ip localhost"), fake.asked);
    }

    @Test
    void localhostWithoutAModule() throws IOException {
        assertEquals(List.of("127.0.0.1", "::1"), none.lookupHost("localhost", null));
        assertEquals(Localhost.addrs("ip"), none.lookupIPAddr("ip", "Foo.Localhost.", null));
        assertEquals(List.of(IP.v4(127, 0, 0, 1)), none.lookupIP("ip4", "localhost", null));
    }

    @Test
    void recordLookupsGoToThePureResolverWhenPresent() throws IOException {
        FakeResolverProvider cgo = new FakeResolverProvider("cgo");
        fake.txt = List.of("go");
        cgo.txt = List.of("cgo");
        assertEquals(List.of("go"), over(cgo, fake).lookupTXT("example.com", null));
        assertEquals(List.of("cgo"), over(cgo).lookupTXT("example.com", null));
    }

    @Test
    void hostLookupsFollowThePolicy() throws IOException {
        FakeResolverProvider cgo = new FakeResolverProvider("cgo");
        fake.addrs = List.of(new IPAddr(IP.v4(192, 0, 2, 1)));
        cgo.addrs = List.of(new IPAddr(IP.v4(192, 0, 2, 2)));
        // Linux with no configuration files and no netdns setting: the pure resolver, files first
        assertEquals(fake.addrs, over(cgo, fake).lookupIPAddr("ip", "example.com", null));
        // LOCALDOMAIN is honoured by the C library only, so Go hands such lookups to it
        ResolverRouter localdomain = new ResolverRouter(List.of(fake, cgo), () -> ResolverConf.of(
                Set.of("go", "cgo"), NetDns.parse(""), "Linux", name -> name.equals("LOCALDOMAIN") ? "" : null), false, false);
        assertEquals(cgo.addrs, new Lookups(localdomain, ResolverOptions.DEFAULT, () -> SERVICES, () -> PROTOCOLS)
                .lookupIPAddr("ip", "example.com", null));
    }

    @Test
    void everyLookupHandsTheResolverOptionsToTheModule() throws IOException {
        ResolverDial dial = (network, address, deadline) -> {
            throw new IOException("not dialed: the fake module answers");
        };
        ResolverOptions options = new ResolverOptions(true, dial);
        Lookups strict = new Lookups(FakeResolverProvider.router(fake), options, () -> SERVICES, () -> PROTOCOLS);
        fake.cname = "example.com.";
        strict.lookupIPAddr("ip", "example.com", null);
        strict.lookupAddr("192.0.2.1", null);
        strict.lookupCNAME("example.com", null);
        strict.lookupMX("example.com", null);
        strict.lookupNS("example.com", null);
        strict.lookupSRV("", "", "example.com", null);
        strict.lookupTXT("example.com", null);
        assertEquals(7, fake.asked.size(), fake.asked.toString());
        assertEquals(List.of(options), List.copyOf(Set.copyOf(fake.optionsGiven)));
        assertSame(dial, fake.optionsGiven.get(0).dial());
    }

    @Test
    void onPlan9OnlyADialFunctionLetsTheResolverPreferGo() throws IOException {
        // Go's mustUseGoResolver: on Plan 9, PreferGo counts only for a Resolver with its own Dial.
        FakeResolverProvider plan9 = new FakeResolverProvider("plan9");
        fake.addrs = List.of(DOC4);
        plan9.addrs = List.of(DOC6);
        ResolverDial dial = (network, address, deadline) -> {
            throw new IOException("not dialed: the fake module answers");
        };
        for (boolean customDial : new boolean[] {false, true}) {
            ResolverRouter router = new ResolverRouter(List.of(fake, plan9), () -> ResolverConf.of(
                    Set.of("go", "plan9"), NetDns.parse(""), "Plan 9", name -> null), true, customDial);
            ResolverOptions options = new ResolverOptions(false, customDial ? dial : null);
            Lookups onPlan9 = new Lookups(router, options, () -> SERVICES, () -> PROTOCOLS);
            assertEquals(customDial ? fake.addrs : plan9.addrs, onPlan9.lookupIPAddr("ip", "example.com", null),
                    "customDial " + customDial);
            onPlan9.lookupTXT("example.com", null); // Go's preferGoOverPlan9
        }
        assertEquals(List.of("lookupIPAddr ip example.com", "lookupTXT example.com"), fake.asked);
        assertEquals(List.of("lookupIPAddr ip example.com", "lookupTXT example.com"), plan9.asked);
    }

    @Test
    void otherErrorsBecomeDNSErrors() {
        IOException refused = new IOException("connection refused");
        fake.error = refused;
        DNSException e = assertThrows(DNSException.class, () -> lookups.lookupIPAddr("ip", "example.com", null));
        assertEquals("lookup example.com: connection refused", e.getMessage());
        assertSame(refused, e.getCause());
        assertFalse(e.timeout());

        fake.error = new SocketTimeoutException("i/o timeout");
        e = assertThrows(DNSException.class, () -> lookups.lookupIPAddr("ip", "example.com", null));
        assertEquals("lookup example.com: i/o timeout", e.getMessage());
        assertTrue(e.timeout());

        fake.error = new OpException("read", "udp", null, null, new IOException("connection refused"));
        e = assertThrows(DNSException.class, () -> lookups.lookupIPAddr("ip", "example.com", null));
        assertEquals("lookup example.com: read udp: connection refused", e.getMessage());

        InterruptedIOException interrupted = new InterruptedIOException("interrupted");
        fake.error = interrupted;
        assertSame(interrupted, assertThrows(InterruptedIOException.class,
                () -> lookups.lookupIPAddr("ip", "example.com", null)));

        DNSException own = DNSException.noSuchHost("example.com", "127.0.0.1:53");
        fake.error = own;
        assertSame(own, assertThrows(DNSException.class, () -> lookups.lookupHost("example.com", null)));
    }

    @Test
    void withoutAModuleTheErrorNamesTheArtifacts() {
        assertEquals("lookup example.com: " + NO_RESOLVER,
                assertThrows(DNSException.class, () -> none.lookupHost("example.com", null)).getMessage());
        assertEquals("lookup example.com: " + NO_RESOLVER,
                assertThrows(DNSException.class, () -> none.lookupMX("example.com", null)).getMessage());
        assertEquals("lookup 127.0.0.1: " + NO_RESOLVER,
                assertThrows(DNSException.class, () -> none.lookupAddr("127.0.0.1", null)).getMessage());
        assertEquals("lookup _sip._udp.example.com: " + NO_RESOLVER,
                assertThrows(DNSException.class, () -> none.lookupSRV("sip", "udp", "example.com", null)).getMessage());
    }

    @Test
    void lookupIPChecksTheNetworkAndFamily() throws IOException {
        fake.addrs = List.of(DOC6, DOC4);
        assertEquals(List.of(DOC6.ip(), DOC4.ip()), lookups.lookupIP("ip", "example.com", null));
        assertEquals(List.of(DOC4.ip()), lookups.lookupIP("ip4", "example.com", null));
        assertEquals(List.of(DOC6.ip()), lookups.lookupIP("ip6:icmp", "example.com", null));
        assertEquals("unknown network tcp",
                assertThrows(UnknownNetworkException.class, () -> lookups.lookupIP("tcp", "example.com", null)).getMessage());
        assertEquals("address foo: unknown IP protocol specified",
                assertThrows(AddrException.class, () -> lookups.lookupIP("ip:foo", "example.com", null)).getMessage());
        fake.addrs = List.of(DOC4);
        assertEquals("address example.com: no suitable address found",
                assertThrows(AddrException.class, () -> lookups.lookupIP("ip6", "example.com", null)).getMessage());
    }

    @Test
    void aLoneUnspecifiedIPv6AddressGetsIPv4Zero() throws IOException {
        fake.addrs = List.of(new IPAddr(IP.of(new byte[16])));
        assertEquals(List.of(new TCPAddr(IP.of(new byte[16]), 80), new TCPAddr(IP.v4(0, 0, 0, 0), 80)),
                InternetAddrs.resolve(lookups, "tcp", "example.com:80", null));
    }

    @Test
    void resolvePrefersIPv4ForNames() throws IOException {
        fake.addrs = List.of(DOC6, DOC4);
        var addrs = InternetAddrs.resolve(lookups, "tcp", "example.com:http", null);
        assertEquals(new TCPAddr(DOC4.ip(), 80), InternetAddrs.forResolve(addrs, "tcp", "example.com:http"));
        fake.addrs = List.of(DOC6);
        addrs = InternetAddrs.resolve(lookups, "tcp", "example.com:http", null);
        assertEquals(new TCPAddr(DOC6.ip(), 80), InternetAddrs.forResolve(addrs, "tcp", "example.com:http"));
    }

    @Test
    void cnameMustBeADomainName() throws IOException {
        fake.cname = "www.example.com.";
        assertEquals("www.example.com.", lookups.lookupCNAME("www.example.com", null));
        fake.cname = "bad name.";
        DNSException e = assertThrows(DNSException.class, () -> lookups.lookupCNAME("www.example.com", null));
        assertEquals("lookup www.example.com: " + AnswerCheck.MALFORMED_RECORDS, e.getMessage());
    }

    @Test
    void srvNameIsBuiltAsGo() throws IOException {
        SRV record = new SRV("sip.example.com.", 5060, 10, 20);
        fake.srv = new ResolverProvider.SRVAnswer("_sip._udp.example.com.", List.of(record));
        assertEquals(new SRVResult("_sip._udp.example.com.", List.of(record)),
                lookups.lookupSRV("sip", "udp", "example.com", null));
        lookups.lookupSRV("", "", "_custom.example.com", null);
        lookups.lookupSRV("", "tcp", "example.com", null);
        assertEquals(List.of("lookupSRV _sip._udp.example.com", "lookupSRV _custom.example.com",
                "lookupSRV _._tcp.example.com"), fake.asked);
    }

    @Test
    void srvAnswersAreChecked() {
        fake.srv = new ResolverProvider.SRVAnswer("bad name.", List.of());
        assertEquals("lookup example.com: SRV header name is invalid",
                assertThrows(DNSException.class, () -> lookups.lookupSRV("sip", "udp", "example.com", null)).getMessage());
        fake.srv = new ResolverProvider.SRVAnswer("", List.of(new SRV("bad target.", 1, 1, 1)));
        assertEquals("lookup example.com: " + AnswerCheck.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> lookups.lookupSRV("sip", "udp", "example.com", null)).getMessage());
    }

    @Test
    void mxHostsAreDomainNamesOrLiteralsWithoutZone() throws IOException {
        fake.mx = List.of(new MX("mx.example.com.", 10), new MX("192.0.2.1.", 20), new MX("2001:db8::1", 30));
        assertEquals(fake.mx, lookups.lookupMX("example.com", null));
        for (String bad : List.of("fe80::1%eth0", "bad name.", "")) {
            fake.mx = List.of(new MX(bad, 10));
            assertEquals("lookup example.com: " + AnswerCheck.MALFORMED_RECORDS,
                    assertThrows(DNSException.class, () -> lookups.lookupMX("example.com", null)).getMessage(), bad);
        }
    }

    @Test
    void nsAndAddrNamesAreChecked() throws IOException {
        fake.ns = List.of(new NS("ns1.example.com."));
        assertEquals(fake.ns, lookups.lookupNS("example.com", null));
        fake.ns = List.of(new NS("ns1.example.com."), new NS("-bad."));
        assertThrows(DNSException.class, () -> lookups.lookupNS("example.com", null));
        fake.names = List.of("host.example.com.");
        assertEquals(fake.names, lookups.lookupAddr("192.0.2.1", null));
        fake.names = List.of("host.example.com.", "1.2.3.4");
        assertEquals("lookup 192.0.2.1: " + AnswerCheck.MALFORMED_RECORDS,
                assertThrows(DNSException.class, () -> lookups.lookupAddr("192.0.2.1", null)).getMessage());
    }

    @Test
    void txtIsPassedOn() throws IOException {
        fake.txt = List.of("v=spf1 -all", "");
        assertEquals(List.of("v=spf1 -all", ""), lookups.lookupTXT("example.com", null));
    }

    @Test
    void portLookupsNeverAskTheModule() throws IOException {
        assertEquals(80, lookups.lookupPort("tcp", "http"));
        assertEquals(53, lookups.lookupPort("", "domain"));
        assertEquals(List.of(), fake.asked);
    }
}
