package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static net.resolver.go.internal.Records.cname;
import static net.resolver.go.internal.Records.mx;
import static net.resolver.go.internal.Records.ns;
import static net.resolver.go.internal.Records.ptr;
import static net.resolver.go.internal.Records.srv;
import static net.resolver.go.internal.Records.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.SRV;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import net.api.spi.LookupOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Type;

/**
 * The pure resolver against a fake server on loopback: what it asks, over which transport, and
 * what it makes of the answers, as Go's {@code dnsclient_unix_test.go} checks it.
 */
class GoResolverProviderTest {

    @TempDir
    Path dir;

    private static List<String> texts(List<IPAddr> addrs) {
        return addrs.stream().map(IPAddr::toString).toList();
    }

    /** A server that answers A and AAAA of every name with one address each. */
    private static FakeDnsServer dualStack() throws IOException {
        return FakeDnsServer.start(q -> switch (q.type()) {
            case Type.A -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.1")));
            case Type.AAAA -> FakeDnsServer.Response.of(q.reply(aaaa(q.name(), "2001:db8::1")));
            default -> FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN));
        });
    }

    @Test
    void kindAndRegistration() {
        assertEquals("go", new GoResolverProvider().kind());
        assertTrue(GoResolverProvider.class.getModule().getDescriptor() == null
                || GoResolverProvider.class.getModule().getDescriptor().provides().stream()
                        .anyMatch(p -> p.service().equals(ResolverProvider.class.getName())
                                && p.providers().contains(GoResolverProvider.class.getName())));
    }

    @Test
    void missingArgumentsAreNamed() throws IOException {
        ResolverProvider p = new DnsFixture(dir).provider(53);
        assertEquals("host is null", assertThrows(IllegalArgumentException.class,
                () -> p.lookupIPAddr("ip", null, LookupOrder.DNS, ResolverOptions.DEFAULT, null)).getMessage());
        assertEquals("network is null", assertThrows(IllegalArgumentException.class,
                () -> p.lookupIPAddr(null, "x", LookupOrder.DNS, ResolverOptions.DEFAULT, null)).getMessage());
        assertEquals("order is null", assertThrows(IllegalArgumentException.class,
                () -> p.lookupAddr("192.0.2.1", null, ResolverOptions.DEFAULT, null)).getMessage());
        assertEquals("host is null", assertThrows(IllegalArgumentException.class,
                () -> p.lookupCNAME(null, LookupOrder.DNS, ResolverOptions.DEFAULT, null)).getMessage());
        for (String kind : List.of("mx", "ns", "srv", "txt")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
                switch (kind) {
                    case "mx" -> p.lookupMX(null, ResolverOptions.DEFAULT, null);
                    case "ns" -> p.lookupNS(null, ResolverOptions.DEFAULT, null);
                    case "srv" -> p.lookupSRV(null, ResolverOptions.DEFAULT, null);
                    default -> p.lookupTXT(null, ResolverOptions.DEFAULT, null);
                }
            });
            assertEquals("name is null", e.getMessage(), kind);
        }
        assertEquals("options is null", assertThrows(IllegalArgumentException.class,
                () -> p.lookupTXT("x.example.", null, null)).getMessage());
    }

    @Test
    void lookupIPAddrAsksAAndAAAAOverUDPWithEDNS0() throws IOException {
        try (FakeDnsServer server = dualStack()) {
            DnsFixture f = new DnsFixture(dir);
            List<IPAddr> addrs = f.provider(server).lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
            assertEquals(Set.of("192.0.2.1", "2001:db8::1"), Set.copyOf(texts(addrs)));
            assertEquals(4, addrs.stream().filter(x -> x.toString().equals("192.0.2.1")).findFirst().orElseThrow().ip().length(),
                    "an A answer is a 4-byte IP, as Go's");
            List<FakeDnsServer.Query> qs = server.queries();
            assertEquals(2, qs.size());
            for (FakeDnsServer.Query q : qs) {
                assertEquals("udp", q.transport());
                assertTrue(q.message().getHeader().getFlag(Flags.RD), "recursion desired");
                assertFalse(q.message().getHeader().getFlag(Flags.AD), "AD only with trust-ad");
                assertEquals(DnsWire.MAX_PACKET_SIZE, q.opt().getPayloadSize(), "EDNS0 advertises 1232 bytes");
            }
            assertEquals(qs.get(0).from().getPort(), qs.get(1).from().getPort(), "A and AAAA share one socket, as glibc's do");
            assertEquals(0, f.dialer().open(), "every connection is closed");
            f.provider(server).lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
            assertNotEquals(qs.get(0).from().getPort(), server.queries().get(2).from().getPort(),
                    "the next lookup asks from a fresh socket (a fresh source port)");
        }
    }

    @Test
    void ipv4OrIPv6OnlyNetworks() throws IOException {
        try (FakeDnsServer server = dualStack()) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            assertEquals(List.of("192.0.2.1"), texts(p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
            assertEquals(List.of("2001:db8::1"), texts(p.lookupIPAddr("ip6", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
            assertEquals(2, server.queries().size());
        }
    }

    /** Addresses come in RFC 6724 order (Go's sortByRFC6724): here the family with a source address first. */
    @Test
    void addressesInRFC6724Order() throws IOException {
        for (int family : new int[] {4, 6}) {
            try (FakeDnsServer server = dualStack()) {
                SourceAddrs sources = dst -> dst.ip().to4().isPresent() == (family == 4)
                        ? IPAddr.parse(family == 4 ? "192.0.2.99" : "2001:db8::99").map(IPAddr::ip)
                        : java.util.Optional.empty();
                ResolverProvider p = new DnsFixture(dir).sources(sources).provider(server);
                List<String> want = family == 4 ? List.of("192.0.2.1", "2001:db8::1") : List.of("2001:db8::1", "192.0.2.1");
                assertEquals(want, texts(p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)), "usable: IPv" + family);
            }
        }
    }

    /** Go's TestDNSPacketSize: EDNS0 with 1232 bytes and no options, or none with netedns0=0. */
    @Test
    void dnsPacketSize() throws IOException {
        for (boolean edns0 : new boolean[] {true, false}) {
            try (FakeDnsServer server = dualStack()) {
                new DnsFixture(dir).edns0(edns0).provider(server).lookupIPAddr("ip", "go.dev", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
                for (FakeDnsServer.Query q : server.queries()) {
                    if (edns0) {
                        assertEquals(DnsWire.MAX_PACKET_SIZE, q.opt().getPayloadSize());
                        assertEquals(List.of(), q.opt().getOptions());
                    } else {
                        assertEquals(List.of(), q.message().getSection(org.xbill.DNS.Section.ADDITIONAL));
                    }
                }
            }
        }
    }

    /** Go's TestNullMX and TestRootNS: "." is a name like any other. */
    @Test
    void nullMXAndRootNS() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.type() == Type.MX
                ? q.reply(mx(q.name(), 0, "."))
                : q.reply(ns(q.name(), "i.root-servers.net."))))) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            assertEquals(List.of(new MX(".", 0)), p.lookupMX("golang.org", ResolverOptions.DEFAULT, null));
            assertEquals(List.of(new NS("i.root-servers.net.")), p.lookupNS(".", ResolverOptions.DEFAULT, null));
            assertEquals("udp NS .", server.log().get(1));
        }
    }

    /** Concurrent lookups on one provider each get their own answer (Go's TestDNSGoroutineRace, loosely). */
    @Test
    void concurrentLookups() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.type() == Type.A
                ? q.reply(a(q.name(), "192.0.2." + q.name().substring(1, q.name().indexOf('.'))))
                : q.reply(aaaa(q.name(), "2001:db8::1"))));
             var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            DnsFixture f = new DnsFixture(dir);
            ResolverProvider p = f.provider(server);
            List<java.util.concurrent.Future<List<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String host = "h" + i + ".example.";
                answers.add(pool.submit(() -> texts(p.lookupIPAddr("ip4", host, LookupOrder.DNS, ResolverOptions.DEFAULT, null))));
            }
            for (int i = 0; i < 32; i++) {
                assertEquals(List.of("192.0.2." + i), answers.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(0, f.dialer().open());
        }
    }

    /** Go's TestDNSTrustAD. */
    @Test
    void dnsTrustAD() throws IOException {
        try (FakeDnsServer server = dualStack()) {
            new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options trust-ad").provider(server)
                    .lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
            assertTrue(server.queries().get(0).message().getHeader().getFlag(Flags.AD));
        }
    }

    /** Go's TestDNSTransportFallback: a truncated UDP reply is asked again over TCP. */
    @Test
    void dnsTransportFallback() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            if (q.transport().equals("udp")) {
                Message m = q.reply();
                m.getHeader().setFlag(Flags.TC);
                return FakeDnsServer.Response.of(m);
            }
            return FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.7")));
        })) {
            List<IPAddr> addrs = new DnsFixture(dir).provider(server).lookupIPAddr("ip4", "big.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
            assertEquals(List.of("192.0.2.7"), texts(addrs));
            assertEquals(List.of("udp A big.example.", "tcp A big.example."), server.log());
        }
    }

    /** Go's TestDNSTransportNoFallbackOnTCP: a truncated TCP reply is taken as it is. */
    @Test
    void dnsTransportNoFallbackOnTCP() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            Message m = q.transport().equals("tcp") ? q.reply(a(q.name(), "192.0.2.8")) : q.reply();
            m.getHeader().setFlag(Flags.TC);
            return FakeDnsServer.Response.of(m);
        })) {
            List<IPAddr> addrs = new DnsFixture(dir).provider(server).lookupIPAddr("ip4", "big.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
            assertEquals(List.of("192.0.2.8"), texts(addrs));
        }
    }

    /** Go's TestDNSUseTCP: with use-vc only TCP is used. */
    @Test
    void dnsUseTCP() throws IOException {
        try (FakeDnsServer server = dualStack()) {
            new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc").provider(server)
                    .lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
            assertEquals(List.of("tcp A www.example."), server.log());
        }
    }

    /**
     * Go's TestDNSDialTCP: a dial function that gives a stream connection for "udp" gets the
     * stream exchange, length prefix and all.
     */
    @Test
    void dnsDialTCP() throws IOException {
        try (FakeDnsServer server = dualStack()) {
            LoopbackDialer tcp = new LoopbackDialer();
            ResolverProvider p = new DnsFixture(dir).provider(server.port(), (network, address, deadline) -> tcp.dial("tcp", address, deadline));
            assertEquals(List.of("192.0.2.1"), texts(p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
            assertEquals(List.of("tcp A www.example."), server.log());
            assertEquals(0, tcp.open());
        }
    }

    /** A TXT answer too big for 1232 bytes comes truncated over UDP, then whole over TCP. */
    @Test
    void hugeTXTNeedsTCP() throws IOException {
        String chunk = "x".repeat(250);
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            Message m = q.reply(txt(q.name(), chunk, chunk, chunk, chunk), txt(q.name(), chunk, chunk, chunk, chunk));
            if (q.transport().equals("udp")) {
                Message cut = q.reply();
                cut.getHeader().setFlag(Flags.TC);
                return FakeDnsServer.Response.of(cut);
            }
            return FakeDnsServer.Response.of(m);
        })) {
            List<String> txts = new DnsFixture(dir).provider(server).lookupTXT("big.example.", ResolverOptions.DEFAULT, null);
            assertEquals(List.of(chunk.repeat(4), chunk.repeat(4)), txts);
            assertEquals(List.of("udp TXT big.example.", "tcp TXT big.example."), server.log());
        }
    }

    /** A UDP reply longer than 1232 bytes is cut by the read; what is left does not parse. */
    @Test
    void replyLongerThanThePacketSizeIsCut() throws IOException {
        String chunk = "y".repeat(250);
        try (FakeDnsServer server = FakeDnsServer.start(q ->
                FakeDnsServer.Response.of(q.reply(txt(q.name(), chunk, chunk, chunk, chunk, chunk, chunk))))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options attempts:1").provider(server);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupTXT("big.example.", ResolverOptions.DEFAULT, null));
            assertEquals("cannot unmarshal DNS message", e.err());
            assertEquals("big.example.", e.name());
            assertEquals("127.0.0.1:" + server.port(), e.server());
        }
    }

    /** Go's TestIgnoreDNSForgeries: datagrams that do not answer the query are dropped, the real one taken. */
    @Test
    void ignoreDNSForgeries() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            Message good = q.reply(a(q.name(), "192.0.2.9"));
            Message wrongID = q.reply(a(q.name(), "192.0.2.66"));
            wrongID.getHeader().setID((q.message().getHeader().getID() + 1) & 0xffff);
            Message notResponse = q.reply(a(q.name(), "192.0.2.67"));
            notResponse.getHeader().unsetFlag(Flags.QR);
            Message wrongName = new Message(q.message().getHeader().getID());
            wrongName.getHeader().setFlag(Flags.QR);
            wrongName.addRecord(org.xbill.DNS.Record.newRecord(Records.name("evil.example."), Type.A, 1),
                    org.xbill.DNS.Section.QUESTION);
            Message wrongType = new Message(q.message().getHeader().getID());
            wrongType.getHeader().setFlag(Flags.QR);
            wrongType.addRecord(org.xbill.DNS.Record.newRecord(q.message().getQuestion().getName(), Type.MX, 1),
                    org.xbill.DNS.Section.QUESTION);
            return FakeDnsServer.Response.raw(new byte[] {1, 2, 3}, wrongID.toWire(), notResponse.toWire(),
                    wrongName.toWire(), wrongType.toWire(), new byte[0], good.toWire());
        })) {
            assertEquals(List.of("192.0.2.9"),
                    texts(new DnsFixture(dir).provider(server).lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
        }
    }

    /** The question's name is compared without regard to ASCII case, as Go's equalASCIIName. */
    @Test
    void questionNameCaseIgnored() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            Message m = new Message(q.message().getHeader().getID());
            m.getHeader().setFlag(Flags.QR);
            m.getHeader().setFlag(Flags.RA);
            m.addRecord(org.xbill.DNS.Record.newRecord(Records.name("WWW.Example."), Type.A, 1), org.xbill.DNS.Section.QUESTION);
            m.addRecord(a("WWW.Example.", "192.0.2.10"), org.xbill.DNS.Section.ANSWER);
            return FakeDnsServer.Response.of(m);
        })) {
            assertEquals(List.of("192.0.2.10"),
                    texts(new DnsFixture(dir).provider(server).lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
        }
    }

    /** Silence ends in Go's timeout error, naming the name asked and the server. */
    @Test
    void silenceIsATimeout() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:1 attempts:1");
            ResolverProvider p = f.provider(server);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            assertTrue(e.err().endsWith("i/o timeout"), e.err());
            assertTrue(e.err().startsWith("read udp 127.0.0.1:"), e.err());
            assertTrue(e.timeout());
            assertTrue(e.temporary());
            assertFalse(e.isNotFound());
            assertEquals("www.example.", e.name());
            assertEquals("127.0.0.1:" + server.port(), e.server());
            assertEquals(0, f.dialer().open());
        }
    }

    /** A slow answer within the attempt's timeout is waited for; one slower than it is not. */
    @Test
    void slowAnswers() throws IOException {
        try (FakeDnsServer slow = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.20")))
                .after(Duration.ofMillis(300)))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:5").provider(slow);
            assertEquals(List.of("192.0.2.20"), texts(p.lookupIPAddr("ip4", "www.example.", LookupOrder.DNS, ResolverOptions.DEFAULT, null)));
        }
        try (FakeDnsServer tooSlow = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.21")))
                .after(Duration.ofMillis(2500)));
             FakeDnsServer next = FakeDnsServer.start("127.0.0.2", tooSlow.port(),
                     q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.22"))))) {
            ResolverProvider p = new DnsFixture(dir)
                    .resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2", "options timeout:1").provider(tooSlow);
            assertEquals(List.of("192.0.2.22"), texts(p.lookupIPAddr("ip4", "www.example.", LookupOrder.DNS, ResolverOptions.DEFAULT, null)));
        }
    }

    /** Go's TestRetryTimeout: the first server is silent, the second answers. */
    @Test
    void retryTimeout() throws IOException {
        try (FakeDnsServer silent = FakeDnsServer.start(q -> FakeDnsServer.Response.silence());
             FakeDnsServer answering = FakeDnsServer.start("127.0.0.2", silent.port(),
                     q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.11"))))) {
            ResolverProvider p = new DnsFixture(dir)
                    .resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2", "options timeout:1").provider(silent);
            assertEquals(List.of("192.0.2.11"), texts(p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
            assertEquals(1, silent.queries().size());
            assertEquals(1, answering.queries().size());
        }
    }

    /** Go's TestRotate: without rotate always the first server; with it, round robin. */
    @Test
    void rotate() throws IOException {
        for (boolean rotate : new boolean[] {false, true}) {
            try (FakeDnsServer one = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.reply(txt(q.name(), "ok"))));
                 FakeDnsServer two = FakeDnsServer.start("127.0.0.2", one.port(),
                         q -> FakeDnsServer.Response.of(q.reply(txt(q.name(), "ok"))))) {
                DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2",
                        rotate ? "options rotate" : "");
                ResolverProvider p = f.provider(one);
                for (int i = 0; i < 3; i++) {
                    assertEquals(List.of("ok"), p.lookupTXT("www.golang.org", ResolverOptions.DEFAULT, null));
                }
                List<String> used = f.dialer().dials().stream().map(LoopbackDialer.Dial::address).toList();
                String s1 = "127.0.0.1:" + one.port();
                String s2 = "127.0.0.2:" + one.port();
                assertEquals(rotate ? List.of(s1, s2, s1) : List.of(s1, s1, s1), used, "rotate=" + rotate);
            }
        }
    }

    /** SERVFAIL moves on to the next server; when every server fails so, Go's temporary "server misbehaving". */
    @Test
    void servfailTriesTheNextServer() throws IOException {
        try (FakeDnsServer failing = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.rcode(Rcode.SERVFAIL)));
             FakeDnsServer answering = FakeDnsServer.start("127.0.0.2", failing.port(),
                     q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.12"))))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2").provider(failing);
            assertEquals(List.of("192.0.2.12"), texts(p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
        }
        try (FakeDnsServer failing = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.rcode(Rcode.SERVFAIL)))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1").provider(failing);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            assertEquals("lookup www.example. on 127.0.0.1:" + failing.port() + ": server misbehaving", e.getMessage());
            assertTrue(e.temporary());
            assertFalse(e.timeout());
            assertEquals(2, failing.queries().size(), "attempts:2 by default");
        }
    }

    /**
     * A and AAAA go out together from one socket; the type the first server does not settle
     * (SERVFAIL for A here) goes on alone to the next server, the settled one (AAAA) is not asked
     * again.
     */
    @Test
    void aTypeTheFirstServerDoesNotSettleGoesOnAlone() throws IOException {
        try (FakeDnsServer first = FakeDnsServer.start(q -> q.type() == Type.A
                     ? FakeDnsServer.Response.of(q.rcode(Rcode.SERVFAIL))
                     : FakeDnsServer.Response.of(q.reply(aaaa(q.name(), "2001:db8::12"))));
             FakeDnsServer second = FakeDnsServer.start("127.0.0.2", first.port(),
                     q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.12"))))) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2");
            List<IPAddr> addrs = f.provider(first).lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS,
                    ResolverOptions.DEFAULT, null);
            assertEquals(Set.of("192.0.2.12", "2001:db8::12"), Set.copyOf(texts(addrs)));
            assertEquals(List.of(Type.A, Type.AAAA), first.queries().stream().map(q -> q.message().getQuestion().getType()).sorted().toList());
            assertEquals(1, first.queries().stream().map(q -> q.from().getPort()).distinct().count(), "from one socket");
            assertEquals(List.of(Type.A), second.queries().stream().map(q -> q.message().getQuestion().getType()).toList(),
                    "only A goes on to the next server");
            assertEquals(0, f.dialer().open(), "every connection is closed");
        }
    }

    /** A truncated reply to one of the queries sent together is asked again over TCP, the other taken as it came. */
    @Test
    void aTruncatedReplyAmongQueriesSentTogetherIsAskedAgainOverTCP() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            if (q.type() == Type.A && q.transport().equals("udp")) {
                Message m = q.reply();
                m.getHeader().setFlag(Flags.TC);
                return FakeDnsServer.Response.of(m);
            }
            return FakeDnsServer.Response.of(q.type() == Type.A ? q.reply(a(q.name(), "192.0.2.13"))
                    : q.reply(aaaa(q.name(), "2001:db8::13")));
        })) {
            DnsFixture f = new DnsFixture(dir);
            List<IPAddr> addrs = f.provider(server).lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS,
                    ResolverOptions.DEFAULT, null);
            assertEquals(Set.of("192.0.2.13", "2001:db8::13"), Set.copyOf(texts(addrs)));
            assertEquals(List.of("tcp:1", "udp:1", "udp:28"), server.queries().stream()
                    .map(q -> q.transport() + ":" + q.message().getQuestion().getType()).sorted().toList());
            assertEquals(0, f.dialer().open(), "every connection is closed");
        }
    }

    /** REFUSED, and any other code, is "server misbehaving", not temporary. */
    @Test
    void refusedIsNotTemporary() throws IOException {
        try (FakeDnsServer refusing = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.rcode(Rcode.REFUSED)))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options attempts:1").provider(refusing);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupMX("example.", ResolverOptions.DEFAULT, null));
            assertEquals("server misbehaving", e.err());
            assertFalse(e.temporary());
        }
    }

    /** Go's TestExtendedRCode: the RCODE is the extended one when there is an OPT record. */
    @Test
    void extendedRCode() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            Message m = q.reply(a(q.name(), "192.0.2.13"));
            m.addRecord(new org.xbill.DNS.OPTRecord(1232, 1, 0), org.xbill.DNS.Section.ADDITIONAL); // BADVERS (16)
            return FakeDnsServer.Response.of(m);
        })) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options attempts:1").provider(server);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip4", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            assertEquals("server misbehaving", e.err());
        }
    }

    /** NXDOMAIN for one search suffix, an answer for the next; NXDOMAIN asks no other server. */
    @Test
    void nxdomainOnOneSearchDomainAnswerOnTheNext() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> q.name().equals("www.b.test.")
                ? FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.14")))
                : FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN)));
             FakeDnsServer second = FakeDnsServer.start("127.0.0.2", server.port(),
                     q -> FakeDnsServer.Response.of(q.rcode(Rcode.SERVFAIL)))) {
            ResolverProvider p = new DnsFixture(dir)
                    .resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2", "search a.test b.test").provider(server);
            assertEquals(List.of("192.0.2.14"), texts(p.lookupIPAddr("ip4", "www", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
            assertEquals(List.of("udp A www.a.test.", "udp A www.b.test."), server.log());
            assertEquals(0, second.queries().size());
        }
    }

    /** Go's TestIgnoreLameReferrals: a lame referral moves on to the next server. */
    @Test
    void ignoreLameReferrals() throws IOException {
        try (FakeDnsServer lame = FakeDnsServer.start(q -> {
            Message m = q.reply();
            m.getHeader().unsetFlag(Flags.RA);
            return FakeDnsServer.Response.of(m);
        });
             FakeDnsServer good = FakeDnsServer.start("127.0.0.2", lame.port(),
                     q -> FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.15"))))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2").provider(lame);
            assertEquals(List.of("192.0.2.15"), texts(p.lookupIPAddr("ip4", "www.golang.org.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null)));
        }
        try (FakeDnsServer lame = FakeDnsServer.start(q -> {
            Message m = q.reply();
            m.getHeader().unsetFlag(Flags.RA);
            return FakeDnsServer.Response.of(m);
        })) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options attempts:1").provider(lame);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip4", "www.golang.org.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            assertEquals("lame referral", e.err());
        }
    }

    /** NOERROR without a record of the type asked (NODATA) is "no such host", and no other server is asked. */
    @Test
    void noDataIsNoSuchHost() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q ->
                FakeDnsServer.Response.of(q.reply(cname(q.name(), "elsewhere.example."))));
             FakeDnsServer second = FakeDnsServer.start("127.0.0.2", server.port(),
                     q -> FakeDnsServer.Response.of(q.reply(mx(q.name(), 10, "mx.example."))))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.2").provider(server);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupMX("example.", ResolverOptions.DEFAULT, null));
            assertEquals("lookup example. on 127.0.0.1:" + server.port() + ": no such host", e.getMessage());
            assertTrue(e.isNotFound());
            assertEquals(0, second.queries().size());
        }
    }

    /** Go's TestErrorForOriginalNameWhenSearching. */
    @Test
    void errorForOriginalNameWhenSearching() throws IOException {
        String fqdn = "doesnotexist.domain";
        for (boolean strict : new boolean[] {true, false}) {
            try (FakeDnsServer server = FakeDnsServer.start(q -> {
                Message m = q.rcode(q.name().equals(fqdn + ".servfail.") ? Rcode.SERVFAIL : Rcode.NXDOMAIN);
                m.getHeader().unsetFlag(Flags.RA);
                return FakeDnsServer.Response.of(m);
            })) {
                ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "search servfail").provider(server);
                ResolverOptions options = new ResolverOptions(strict, null);
                DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", fqdn, LookupOrder.FILES_DNS, options, null));
                assertEquals(fqdn, e.name());
                assertEquals(strict ? "server misbehaving" : "no such host", e.err());
                assertEquals(strict, e.temporary(), "strict=" + strict);
            }
        }
    }

    /** Go's TestStrictErrorsLookupTXT: a timeout at the first suffix ends a strict lookup; a lax one goes on. */
    @Test
    void strictErrorsLookupTXT() throws IOException {
        for (boolean strict : new boolean[] {true, false}) {
            try (FakeDnsServer server = FakeDnsServer.start(q -> q.name().equals("test.y.golang.org.")
                    ? FakeDnsServer.Response.of(q.reply(txt(q.name(), "Hello World")))
                    : FakeDnsServer.Response.silence())) {
                ResolverProvider p = new DnsFixture(dir)
                        .resolvConf("nameserver 127.0.0.1", "search x.golang.org y.golang.org", "options timeout:1 attempts:1")
                        .provider(server);
                ResolverOptions options = new ResolverOptions(strict, null);
                if (strict) {
                    DNSException e = assertThrows(DNSException.class, () -> p.lookupTXT("test", options, null));
                    assertEquals("test", e.name());
                    assertEquals("127.0.0.1:" + server.port(), e.server());
                    assertTrue(e.timeout());
                    assertTrue(e.temporary());
                    assertEquals(List.of("udp TXT test.x.golang.org."), server.log());
                } else {
                    assertEquals(List.of("Hello World"), p.lookupTXT("test", options, null));
                }
            }
        }
    }

    /**
     * Go's TestCVE202133195, the module's half: names in answers come back as they are, odd bytes
     * and all, for the front end to reject ("DNS response contained records which contain invalid
     * names").
     */
    @Test
    void answersKeepInvalidNamesForTheFrontEnd() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> switch (q.type()) {
            case Type.PTR -> FakeDnsServer.Response.of(q.reply(ptr(q.name(), "<html>.golang.org.")));
            case Type.MX -> FakeDnsServer.Response.of(q.reply(mx(q.name(), 1, "<html>.golang.org.")));
            case Type.NS -> FakeDnsServer.Response.of(q.reply(ns(q.name(), "<html>.golang.org.")));
            case Type.SRV -> FakeDnsServer.Response.of(q.reply(srv("<html>.golang.org.", 1, 1, 80, "<html>.golang.org.")));
            default -> FakeDnsServer.Response.of(q.reply(cname(q.name(), "<html>.golang.org.")));
        })) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            String bad = "<html>.golang.org.";
            assertEquals(List.of(bad), p.lookupAddr("192.0.2.42", LookupOrder.DNS, ResolverOptions.DEFAULT, null));
            assertEquals(List.of(new MX(bad, 1)), p.lookupMX("golang.org", ResolverOptions.DEFAULT, null));
            assertEquals(List.of(new NS(bad)), p.lookupNS("golang.org", ResolverOptions.DEFAULT, null));
            assertEquals(new ResolverProvider.SRVAnswer(bad, List.of(new SRV(bad, 80, 1, 1))), p.lookupSRV("_x._tcp.golang.org", ResolverOptions.DEFAULT, null));
            assertEquals(bad, p.lookupCNAME("golang.org", LookupOrder.DNS, ResolverOptions.DEFAULT, null));
        }
    }

    /** Go's TestSingleRequestLookup: with single-request, AAAA is asked only after A is answered. */
    @Test
    void singleRequestLookup() throws IOException, InterruptedException {
        for (boolean single : new boolean[] {true, false}) {
            java.util.concurrent.CountDownLatch aaaaSeen = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean();
            try (FakeDnsServer server = FakeDnsServer.start(q -> {
                if (q.type() == Type.AAAA) {
                    aaaaSeen.countDown();
                    return FakeDnsServer.Response.of(q.reply(aaaa(q.name(), "2001:db8::2")));
                }
                try {
                    overlapped.set(aaaaSeen.await(single ? 300 : 5000, java.util.concurrent.TimeUnit.MILLISECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FakeDnsServer.Response.of(q.reply(a(q.name(), "192.0.2.2")));
            })) {
                ResolverProvider p = new DnsFixture(dir)
                        .resolvConf("nameserver 127.0.0.1", single ? "options single-request" : "").provider(server);
                assertEquals(2, p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null).size());
                assertEquals(!single, overlapped.get(), "single-request=" + single);
            }
        }
    }

    /** Go's TestTXTRecordTwoStrings: the strings of one record are joined without a separator. */
    @Test
    void txtRecordTwoStrings() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(
                q.reply(txt(q.name(), "string1", "string2"), txt(q.name(), "onestring"))))) {
            assertEquals(List.of("string1string2", "onestring"),
                    new DnsFixture(dir).provider(server).lookupTXT("golang.org", ResolverOptions.DEFAULT, null));
        }
    }

    /** Go's TestPTRandNonPTR: records of other types in a PTR answer are skipped. */
    @Test
    void ptrAndNonPTR() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(
                q.reply(ptr(q.name(), "golang.org."), txt(q.name(), "PTR 8 6 60 ..."))))) {
            DnsFixture f = new DnsFixture(dir);
            assertEquals(List.of("golang.org."), f.provider(server).lookupAddr("192.0.2.123", LookupOrder.DNS, ResolverOptions.DEFAULT, null));
            assertEquals(List.of("udp PTR 123.2.0.192.in-addr.arpa."), server.log());
        }
    }

    @Test
    void mxNsSrvCname() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> switch (q.type()) {
            case Type.MX -> FakeDnsServer.Response.of(q.reply(mx(q.name(), 20, "b.example."), mx(q.name(), 10, "a.example.")));
            case Type.NS -> FakeDnsServer.Response.of(q.reply(ns(q.name(), "ns1.example.")));
            case Type.SRV -> FakeDnsServer.Response.of(q.reply(cname(q.name(), "real.example."),
                    srv("real.example.", 20, 0, 5060, "y.example."), srv("real.example.", 10, 0, 5060, "x.example.")));
            case Type.CNAME -> FakeDnsServer.Response.of(q.reply(cname(q.name(), "target.example.")));
            case Type.A -> FakeDnsServer.Response.of(q.reply(cname(q.name(), "target.example."), a("target.example.", "192.0.2.3")));
            default -> FakeDnsServer.Response.of(q.reply(cname(q.name(), "target.example.")));
        })) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            assertEquals(List.of(new MX("a.example.", 10), new MX("b.example.", 20)), p.lookupMX("example.", ResolverOptions.DEFAULT, null));
            assertEquals(List.of(new NS("ns1.example.")), p.lookupNS("example.", ResolverOptions.DEFAULT, null));
            ResolverProvider.SRVAnswer srv = p.lookupSRV("_sip._udp.example.", ResolverOptions.DEFAULT, null);
            assertEquals("real.example.", srv.cname(), "the owner of the first SRV record");
            assertEquals(List.of(new SRV("x.example.", 5060, 10, 0), new SRV("y.example.", 5060, 20, 0)), srv.records());
            assertEquals("target.example.", p.lookupCNAME("www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
        }
    }

    /** Go's TestLookupNoSuchHost and TestIssueNoSuchHostExists: NXDOMAIN is not-found, naming the name as given. */
    @Test
    void lookupNoSuchHost() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.rcode(Rcode.NXDOMAIN)))) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            for (String kind : List.of("ip", "mx", "ns", "txt", "srv", "cname", "addr")) {
                DNSException e = assertThrows(DNSException.class, () -> {
                    switch (kind) {
                        case "ip" -> p.lookupIPAddr("ip", "nosuch.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
                        case "mx" -> p.lookupMX("nosuch.example.", ResolverOptions.DEFAULT, null);
                        case "ns" -> p.lookupNS("nosuch.example.", ResolverOptions.DEFAULT, null);
                        case "txt" -> p.lookupTXT("nosuch.example.", ResolverOptions.DEFAULT, null);
                        case "srv" -> p.lookupSRV("nosuch.example.", ResolverOptions.DEFAULT, null);
                        case "cname" -> p.lookupCNAME("nosuch.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
                        default -> p.lookupAddr("192.0.2.1", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null);
                    }
                }, kind);
                assertTrue(e.isNotFound(), kind);
                assertEquals("no such host", e.err(), kind);
                assertEquals(kind.equals("addr") ? "1.2.0.192.in-addr.arpa." : "nosuch.example.", e.name(), kind);
                assertEquals("127.0.0.1:" + server.port(), e.server(), kind);
            }
        }
    }

    /** Names that are not domain names are "no such host" without a query; .onion names are never asked. */
    @Test
    void invalidAndOnionNamesAskNothing() throws IOException {
        try (FakeDnsServer server = dualStack()) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            for (String bad : List.of("bad name", "a..b", "1.2.3.4", "-x.example", "x".repeat(64) + ".example")) {
                DNSException e = assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", bad, LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null), bad);
                assertEquals("lookup " + bad + ": no such host", e.getMessage());
                assertTrue(e.isNotFound());
                assertThrows(DNSException.class, () -> p.lookupTXT(bad, ResolverOptions.DEFAULT, null), bad);
            }
            // Go's TestLookupTorOnion: no addresses and no error
            assertEquals(List.of(), p.lookupIPAddr("ip", "foo.onion.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            DNSException e = assertThrows(DNSException.class, () -> p.lookupMX("foo.onion.", ResolverOptions.DEFAULT, null));
            assertEquals("lookup foo.onion.: cannot unmarshal DNS message", e.getMessage());
            assertEquals("", p.lookupCNAME("foo.onion.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            assertEquals(0, server.queries().size());
        }
    }

    /** Go's TestLongDNSNames: the longest names are asked; longer ones are not. */
    @Test
    void longDNSNames() throws IOException {
        String label = "a".repeat(63);
        String n253 = label + "." + label + "." + label + "." + "b".repeat(61);
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.reply(txt(q.name(), "long"))))) {
            ResolverProvider p = new DnsFixture(dir).provider(server);
            assertEquals(List.of("long"), p.lookupTXT(n253, ResolverOptions.DEFAULT, null));
            assertEquals(List.of("long"), p.lookupTXT(n253 + ".", ResolverOptions.DEFAULT, null));
            assertThrows(DNSException.class, () -> p.lookupTXT(n253 + "b", ResolverOptions.DEFAULT, null));
            assertThrows(DNSException.class, () -> p.lookupTXT(n253 + "b.", ResolverOptions.DEFAULT, null));
            assertEquals(2, server.queries().size());
        }
    }

    /** Over TCP, a reply that does not parse or does not answer is an error, not something to wait past. */
    @Test
    void badTCPReplies() throws IOException {
        try (FakeDnsServer garbage = FakeDnsServer.start(q -> FakeDnsServer.Response.raw(new byte[] {1, 2, 3}))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc attempts:1").provider(garbage);
            assertEquals("cannot unmarshal DNS message",
                    assertThrows(DNSException.class, () -> p.lookupTXT("x.example.", ResolverOptions.DEFAULT, null)).err());
        }
        try (FakeDnsServer wrongID = FakeDnsServer.start(q -> {
            Message m = q.reply(txt(q.name(), "x"));
            m.getHeader().setID((q.message().getHeader().getID() + 1) & 0xffff);
            return FakeDnsServer.Response.of(m);
        })) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc attempts:1").provider(wrongID);
            assertEquals("invalid DNS response",
                    assertThrows(DNSException.class, () -> p.lookupTXT("x.example.", ResolverOptions.DEFAULT, null)).err());
        }
    }

    /** A TCP server that closes without a reply gives Go's "EOF". */
    @Test
    void tcpEOF() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc attempts:1 timeout:2");
            ResolverProvider p = f.provider(server);
            Thread closer = Thread.ofVirtual().start(() -> {
                try {
                    while (server.queries().isEmpty()) {
                        Thread.sleep(10);
                    }
                    server.close();
                } catch (IOException | InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            DNSException e = assertThrows(DNSException.class, () -> p.lookupTXT("x.example.", ResolverOptions.DEFAULT, null));
            assertEquals("EOF", e.err());
            assertFalse(e.temporary(), "Go: io.EOF is neither a net.Error nor an OpError");
            assertFalse(e.timeout());
            closer.interrupt();
        }
    }
}
