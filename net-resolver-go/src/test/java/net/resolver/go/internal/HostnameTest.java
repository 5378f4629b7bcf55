package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host name as Go's {@code os.Hostname} reads it from /proc on Linux. */
class HostnameTest {

    @Test
    void oneTrailingNewlineIsDropped(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hostname");
        Files.writeString(f, "host.domain.local\n");
        assertEquals("host.domain.local", Hostname.fromFile(f).get());
        Files.writeString(f, "host\n\n");
        assertEquals("host\n", Hostname.fromFile(f).get());
        Files.writeString(f, "host");
        assertEquals("host", Hostname.fromFile(f).get());
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> Hostname.fromFile(dir.resolve("none")).get());
    }

    @Test
    void theHostnameGivesTheDefaultSearch(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hostname");
        Files.writeString(f, "box.corp.example\n");
        assertEquals(List.of("corp.example."), new ResolvConfParser(Hostname.fromFile(f)).defaultSearch());
    }
}
