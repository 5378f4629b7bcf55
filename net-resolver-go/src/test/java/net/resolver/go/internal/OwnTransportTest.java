package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.api.IPAddr;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over net.api's own TCP transport ({@code net-tcp}, found by the default dialer through
 * {@link java.util.ServiceLoader}) with {@code options use-vc}, to the loopback fake server.
 */
class OwnTransportTest {

    @TempDir
    Path dir;

    @Test
    void useVCOverTheTCPTransport() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.of(q.type() == org.xbill.DNS.Type.TXT
                ? q.reply(txt(q.name(), "x".repeat(200), "y".repeat(200)))
                : q.reply(a(q.name(), "192.0.2.30"))))) {
            ResolverProvider p = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options use-vc")
                    .provider(server.port(), DefaultDialer::dial);
            assertEquals(List.of("192.0.2.30"),
                    p.lookupIPAddr("ip4", "www.example.", LookupOrder.DNS, null).stream().map(IPAddr::toString).toList());
            assertEquals(List.of("x".repeat(200) + "y".repeat(200)), p.lookupTXT("www.example.", null));
            assertEquals(List.of("tcp A www.example.", "tcp TXT www.example."), server.log());
        }
    }
}
