package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static net.resolver.go.internal.Records.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.api.DNSException;
import net.api.IPAddr;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Type;

/**
 * Queries over net.api's own transports ({@code net-udp} and {@code net-tcp}, found by the
 * default dialer through {@link java.util.ServiceLoader}) to the loopback fake server.
 */
class OwnTransportTest {

    @TempDir
    Path dir;

    @Test
    void useVCOverTheTCPTransport() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.type() == Type.TXT
                ? q.reply(txt(q.name(), "x".repeat(200), "y".repeat(200)))
                : q.reply(a(q.name(), "192.0.2.30"))))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc")
                    .provider(server.port(), DefaultDialer::dial);
            assertEquals(List.of("192.0.2.30"),
                    p.lookupIPAddr("ip4", "www.example.", LookupOrder.DNS, ResolverOptions.DEFAULT, null).stream().map(IPAddr::toString).toList());
            assertEquals(List.of("x".repeat(200) + "y".repeat(200)), p.lookupTXT("www.example.", ResolverOptions.DEFAULT, null));
            assertEquals(List.of("tcp A www.example.", "tcp TXT www.example."), server.log());
        }
    }

    @Test
    void udpThenTCPOnTruncationOverTheTransports() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> {
            if (q.type() == Type.TXT && q.transport().equals("udp")) {
                Message cut = q.reply();
                cut.getHeader().setFlag(Flags.TC);
                return FakeDnsServer.Response.of(cut);
            }
            return FakeDnsServer.Response.of(q.type() == Type.TXT ? q.reply(txt(q.name(), "z".repeat(250), "z".repeat(250)))
                    : q.type() == Type.A ? q.reply(a(q.name(), "192.0.2.31")) : q.reply(aaaa(q.name(), "2001:db8::31")));
        })) {
            ResolverProvider p = new DnsFixture(dir).provider(server.port(), DefaultDialer::dial);
            assertEquals(java.util.Set.of("192.0.2.31", "2001:db8::31"), java.util.Set.copyOf(
                    p.lookupIPAddr("ip", "www.example.", LookupOrder.DNS, ResolverOptions.DEFAULT, null).stream().map(IPAddr::toString).toList()));
            assertEquals(List.of("z".repeat(500)), p.lookupTXT("www.example.", ResolverOptions.DEFAULT, null));
            assertEquals(List.of("udp TXT www.example.", "tcp TXT www.example."),
                    server.log().stream().filter(l -> l.contains("TXT")).toList());
        }
    }

    @Test
    void silenceOverUDPIsGosTimeout() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:1 attempts:1")
                    .provider(server.port(), DefaultDialer::dial);
            DNSException e = assertThrows(DNSException.class, () -> p.lookupTXT("www.example.", ResolverOptions.DEFAULT, null));
            assertTrue(e.err().matches("read udp 127\\.0\\.0\\.1:\\d+->127\\.0\\.0\\.1:\\d+: i/o timeout"), e.err());
            assertTrue(e.timeout());
            assertTrue(e.temporary());
        }
    }
}
