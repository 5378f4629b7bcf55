package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.api.spi.SystemResolverConfig.FileStatus;
import net.api.spi.SystemResolverConfig.NssSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts {@link GoSystemConfig} gives the resolver selection, and {@link GoResolverProvider#unsupportedConfiguration()}. */
class GoSystemConfigTest {

    @TempDir
    Path dir;

    private SystemFiles files() {
        return new SystemFiles(new ResolverFiles(dir.resolve("resolv.conf"), dir.resolve("hosts"),
                dir.resolve("nsswitch.conf")), () -> "h.example.org", new FakeClock());
    }

    @Test
    void missingFiles() {
        GoSystemConfig c = new GoSystemConfig(files(), () -> {
            throw new IOException("no host name");
        }, dir.resolve("mdns.allow"));
        assertEquals(FileStatus.NOT_FOUND, c.resolvConf());
        assertEquals(FileStatus.NOT_FOUND, c.nsswitchConf());
        assertEquals(FileStatus.NOT_FOUND, c.mdnsAllow());
        assertEquals(List.of(), c.nsswitchHosts());
        assertFalse(c.resolvConfHasUnknownOption());
        assertEquals(Optional.empty(), c.hostname());
    }

    @Test
    void whatTheFilesSay() throws IOException {
        Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\nlookup file bind\nsortlist 10.0.0.0\noptions frobnicate\n");
        Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files mdns4_minimal [!UNAVAIL=return] dns [NOTFOUND=return]\n");
        Files.writeString(dir.resolve("mdns.allow"), "");
        GoSystemConfig c = new GoSystemConfig(files(), () -> "h.example.org", dir.resolve("mdns.allow"));
        assertEquals(FileStatus.READ, c.resolvConf());
        assertTrue(c.resolvConfHasUnknownOption());
        assertEquals(List.of("file", "bind"), c.resolvConfLookup());
        assertEquals(FileStatus.READ, c.nsswitchConf());
        assertEquals(List.of(new NssSource("files", true), new NssSource("mdns4_minimal", false), new NssSource("dns", true)),
                c.nsswitchHosts());
        assertEquals(FileStatus.READ, c.mdnsAllow());
        assertEquals(Optional.of("h.example.org"), c.hostname());
    }

    @Test
    void unsupportedConfigurationNamesUnknownOptions() throws IOException {
        Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\nsortlist 10.0.0.0\noptions frobnicate\n");
        DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "sortlist 10.0.0.0", "options frobnicate");
        assertEquals(Optional.of(dir.resolve("resolv.conf") + " has options the Go resolver does not understand: sortlist frobnicate"),
                f.provider(53).unsupportedConfiguration());
        assertEquals(Optional.empty(), new DnsFixture(dir).provider(53).unsupportedConfiguration());
    }
}
