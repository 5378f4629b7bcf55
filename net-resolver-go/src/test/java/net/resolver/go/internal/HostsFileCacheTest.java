package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hosts cache of Go's {@code readHosts}: the 5 second window, the stat check, failures. */
class HostsFileCacheTest {

    private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-01T00:00:01Z");

    private final FakeClock clock = new FakeClock();

    /** The hosts file {@code f} holding {@code text} with mtime T1, cached on the fake clock. */
    private HostsFile hostsFile(Path f, String text) throws IOException {
        FakeClock.write(f, text, T1);
        return new HostsFile(f, clock);
    }

    private static List<String> addrs(HostsFile h, String name) {
        return h.lookupStaticHost(name).map(StaticHost::addrs).orElse(List.of());
    }

    @Test
    void aChangeIsSeenOnlyAfterTheCacheExpires(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hosts");
        HostsFile h = hostsFile(f, "127.0.0.1 a\n");
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"));
        FakeClock.write(f, "127.0.0.2 a\n", T2);
        clock.advance(Duration.ofMillis(4999));
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"), "within 5 s the cache serves");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("127.0.0.2"), addrs(h, "a"), "after 5 s a changed file is read again");
    }

    @Test
    void sameMtimeAndSizeExtendTheCache(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hosts");
        HostsFile h = hostsFile(f, "127.0.0.1 a\n");
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"));
        FakeClock.write(f, "127.0.0.2 a\n", T1);
        clock.advance(Duration.ofSeconds(6));
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"), "same mtime and size: not read again");
        FakeClock.write(f, "127.0.0.2 a #\n", T1);
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"), "the window was extended by the stat");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of("127.0.0.2"), addrs(h, "a"), "another size: read again");
    }

    @Test
    void anEmptyTableIsCheckedAtEveryLookup(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hosts");
        HostsFile h = new HostsFile(f, clock);
        assertEquals(Optional.empty(), h.lookupStaticHost("a"), "a missing file is an empty table");
        assertEquals(List.of(), h.lookupStaticAddr("127.0.0.1"));
        FakeClock.write(f, "127.0.0.1 a\n", T1);
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"), "no names: the file is looked at again at once");
        Files.delete(f);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of(), addrs(h, "a"), "a deleted file empties the table");
    }

    @Test
    void anOpenFailureOtherThanMissingKeepsTheTable(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path f = sub.resolve("hosts");
        HostsFile h = hostsFile(f, "127.0.0.1 a\n");
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"));
        Files.delete(f);
        Files.delete(sub);
        Files.writeString(dir.resolve("sub"), "now a file, so sub/hosts is not a directory entry");
        clock.advance(Duration.ofSeconds(6));
        assertEquals(List.of("127.0.0.1"), addrs(h, "a"), "ENOTDIR: the old table stays");
    }
}
