package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SystemFiles} reads each file from its own injected path. */
class SystemFilesTest {

    @Test
    void eachFileComesFromItsPath(@TempDir Path dir) throws IOException {
        ResolverFiles files = new ResolverFiles(dir.resolve("r"), dir.resolve("h"), dir.resolve("n"));
        Files.writeString(files.resolvConf(), "nameserver 127.0.0.53\n");
        Files.writeString(files.hosts(), "127.0.0.7 seven\n");
        Files.writeString(files.nsswitchConf(), "hosts: dns files\n");
        SystemFiles sys = new SystemFiles(files, () -> "h.example.org", new FakeClock());
        assertEquals(files, sys.files());
        assertEquals(List.of("127.0.0.53:53"), sys.resolvConf().servers());
        assertEquals(List.of("example.org."), sys.resolvConf().search());
        assertEquals(List.of(new NssSource("dns"), new NssSource("files")), sys.nsSwitch().hosts());
        assertEquals(List.of("seven"), sys.hosts().lookupStaticAddr("127.0.0.7"));
    }
}
