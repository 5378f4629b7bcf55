package net.resolver.go.internal;

import static net.resolver.go.internal.Records.a;
import static net.resolver.go.internal.Records.aaaa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.api.IPAddr;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import net.api.spi.SystemResolverConfig;
import net.api.spi.SystemResolverConfig.FileStatus;
import net.api.spi.SystemResolverConfig.NssSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Type;

/**
 * The provider as ServiceLoader makes it, its files and server port named by the properties of
 * {@link ResolverSettings} (here from a map, not the JVM's properties), against a fake server on
 * a loopback port of its own.
 */
class ProviderFromPropertiesTest {

    private static final ResolverOptions OWN = ResolverOptions.DEFAULT;

    @TempDir
    Path dir;

    /** A server that answers every A query with 127.0.0.10 and every AAAA query with ::1. */
    private static FakeDnsServer loopbackServer() throws IOException {
        return FakeDnsServer.start(q -> FakeDnsServer.Response.of(switch (q.type()) {
            case Type.A -> q.reply(a(q.name(), "127.0.0.10"));
            case Type.AAAA -> q.reply(aaaa(q.name(), "::1"));
            default -> q.reply();
        }));
    }

    private static List<String> texts(List<IPAddr> addrs) {
        return addrs.stream().map(IPAddr::toString).sorted().toList();
    }

    @Test
    void answersFromItsHostsFileAndFromItsServerPort() throws IOException {
        Path resolvConf = Files.writeString(dir.resolve("my-resolv.conf"), "nameserver 127.0.0.1\noptions timeout:2 attempts:1\n");
        Path hosts = Files.writeString(dir.resolve("my-hosts"), "127.0.0.9 fromhosts.test\n");
        Path nsswitch = Files.writeString(dir.resolve("my-nsswitch.conf"), "hosts: dns files\n");
        try (FakeDnsServer server = loopbackServer()) {
            Map<String, String> properties = Map.of(ResolverSettings.RESOLV_CONF, resolvConf.toString(),
                    ResolverSettings.HOSTS, hosts.toString(), ResolverSettings.NSSWITCH_CONF, nsswitch.toString(),
                    ResolverSettings.PORT, Integer.toString(server.port()));
            ResolverProvider p = new GoResolverProvider(properties::get);

            assertEquals(List.of("127.0.0.9"), texts(p.lookupIPAddr("ip", "fromhosts.test", LookupOrder.FILES_DNS, OWN, null)));
            assertEquals(List.of(), server.log());
            assertEquals(List.of("127.0.0.10", "::1"),
                    texts(p.lookupIPAddr("ip", "fromdns.test.", LookupOrder.FILES_DNS, OWN, null)));
            assertEquals(Set.of("udp A fromdns.test.", "udp AAAA fromdns.test."), Set.copyOf(server.log()));

            SystemResolverConfig config = p.systemConfig().orElseThrow();
            assertEquals(FileStatus.READ, config.resolvConf());
            assertEquals(FileStatus.READ, config.nsswitchConf());
            assertEquals(List.of(new NssSource("dns", true), new NssSource("files", true)), config.nsswitchHosts());
        }
    }

    /** Go's rules for missing files stay: no resolv.conf is Go's default servers (on the port given), no hosts file no entries. */
    @Test
    void missingFilesAreGosDefaults() throws IOException {
        try (FakeDnsServer server = loopbackServer()) {
            Map<String, String> properties = Map.of(ResolverSettings.RESOLV_CONF, dir.resolve("none").toString(),
                    ResolverSettings.HOSTS, dir.resolve("none").toString(), ResolverSettings.NSSWITCH_CONF,
                    dir.resolve("none").toString(), ResolverSettings.PORT, Integer.toString(server.port()));
            ResolverProvider p = new GoResolverProvider(properties::get);

            assertEquals(List.of("127.0.0.10"), texts(p.lookupIPAddr("ip4", "localhost.test.", LookupOrder.FILES_DNS, OWN, null)));
            assertEquals(List.of("udp A localhost.test."), server.log());
            SystemResolverConfig config = p.systemConfig().orElseThrow();
            assertEquals(FileStatus.NOT_FOUND, config.resolvConf());
            assertEquals(FileStatus.NOT_FOUND, config.nsswitchConf());
        }
    }

    /**
     * An unusable value does not stop the provider from being made (ServiceLoader would fail,
     * and with it net.api's loading of every module); each of its lookups then says what is wrong.
     */
    @Test
    void anUnusableValueFailsEveryLookupNamingIt() {
        ResolverProvider p = new GoResolverProvider(Map.of(ResolverSettings.PORT, "domain")::get);
        assertEquals("go", p.kind());
        String want = "property net.resolver.go.port=\"domain\" is not a number";
        List<Executable> calls = List.of(
                () -> p.lookupIPAddr("ip", "localhost", LookupOrder.FILES_DNS, OWN, null),
                () -> p.lookupAddr("127.0.0.1", LookupOrder.FILES_DNS, OWN, null),
                () -> p.lookupCNAME("localhost", LookupOrder.FILES_DNS, OWN, null),
                () -> p.lookupMX("x.test", OWN, null),
                () -> p.lookupNS("x.test", OWN, null),
                () -> p.lookupSRV("_x._tcp.x.test", OWN, null),
                () -> p.lookupTXT("x.test", OWN, null),
                p::systemConfig,
                p::unsupportedConfiguration);
        for (Executable call : calls) {
            assertEquals(want, assertThrows(IllegalArgumentException.class, call).getMessage());
        }
    }

    @Test
    void aMissingPropertyFunctionIsNamed() {
        assertEquals("property is null",
                assertThrows(IllegalArgumentException.class, () -> new GoResolverProvider(null)).getMessage());
    }
}
