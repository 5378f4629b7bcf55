package net.resolver.go.internal;

import net.api.sysconf.ConfigError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reload rules of Go's {@code resolverConfig.tryUpdate} and {@code nsswitchConfig.tryUpdate}.
 */
class ConfigReloaderTest {

    private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-01T00:00:01Z");
    private static final ResolvConfParser PARSER = new ResolvConfParser(() -> "host");

    private final FakeClock clock = new FakeClock();

    /** resolv.conf at {@code f} holding {@code text} with mtime T1, and its reloader on the fake clock. */
    private ConfigReloader<ResolvConf> resolvConf(Path f, String text) throws IOException {
        FakeClock.write(f, text, T1);
        return ConfigReloader.resolvConf(f, PARSER, clock);
    }

    @Test
    void resolvConfIsCheckedWhenMoreThanFiveSecondsHavePassed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("resolv.conf");
        ConfigReloader<ResolvConf> r = resolvConf(f, "nameserver 10.0.0.1\n");
        assertEquals(List.of("10.0.0.1:53"), r.get().servers());
        FakeClock.write(f, "nameserver 10.0.0.2\n", T2);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of("10.0.0.1:53"), r.get().servers(), "exactly 5 s: not yet");
        clock.advance(Duration.ofNanos(1));
        assertEquals(List.of("10.0.0.2:53"), r.get().servers());
    }

    @Test
    void resolvConfWithTheSameMtimeIsNotReadAgain(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("resolv.conf");
        ConfigReloader<ResolvConf> r = resolvConf(f, "nameserver 10.0.0.1\n");
        ResolvConf first = r.get();
        FakeClock.write(f, "nameserver 10.0.0.2\noptions rotate\n", T1);
        clock.advance(Duration.ofSeconds(6));
        assertSame(first, r.get(), "Go compares the mtime only, not the size");
    }

    @Test
    void defaultServersAreCheckedAtEveryUse(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("resolv.conf");
        ConfigReloader<ResolvConf> r = ConfigReloader.resolvConf(f, PARSER, clock);
        ResolvConf missing = r.get();
        assertEquals(ConfigError.Kind.NOT_EXIST, missing.error().orElseThrow().kind());
        assertSame(missing, r.get(), "still missing: the zero mtimes match, nothing is read");
        FakeClock.write(f, "search example\n", T1);
        assertEquals(List.of("example."), r.get().search(), "the file appeared: read at once");
        FakeClock.write(f, "nameserver 10.0.0.1\n", T2);
        assertEquals(List.of("10.0.0.1:53"), r.get().servers(), "no servers named: checked at every use");
        FakeClock.write(f, "nameserver 10.0.0.2\n", T1);
        assertEquals(List.of("10.0.0.1:53"), r.get().servers(), "servers named: back to the 5 s rule");
    }

    @Test
    void noReloadStopsTheChecks(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("resolv.conf");
        ConfigReloader<ResolvConf> r = resolvConf(f, "options no-reload\n");
        ResolvConf first = r.get();
        FakeClock.write(f, "nameserver 10.0.0.2\n", T2);
        clock.advance(Duration.ofSeconds(60));
        assertSame(first, r.get(), "no-reload wins even over the default servers");
    }

    @Test
    void nsswitchIsCheckedWhenFiveSecondsHavePassed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("nsswitch.conf");
        FakeClock.write(f, "hosts: files dns\n", T1);
        ConfigReloader<NsSwitch> r = ConfigReloader.nsSwitch(f, clock);
        assertEquals(List.of(new NssSource("files"), new NssSource("dns")), r.get().hosts());
        FakeClock.write(f, "hosts: dns\n", T2);
        clock.advance(Duration.ofMillis(4999));
        assertEquals(2, r.get().hosts().size(), "within 5 s: not checked");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(new NssSource("dns")), r.get().hosts(), "5 s: checked and read again");
        FakeClock.write(f, "hosts: files\n", T2);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of(new NssSource("dns")), r.get().hosts(), "same mtime: not read again");
    }

    @Test
    void aCallerDuringACheckGetsTheCurrentValueWithoutWaiting(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("nsswitch.conf");
        FakeClock.write(f, "hosts: files\n", T1);
        AtomicReference<ConfigReloader<NsSwitch>> self = new AtomicReference<>();
        AtomicReference<NsSwitch> seenDuringCheck = new AtomicReference<>();
        ConfigReloader<NsSwitch> r = ConfigReloader.nsSwitch(f, () -> {
            if (self.get() != null && seenDuringCheck.get() == null) {
                seenDuringCheck.set(self.get().get()); // another use while this one checks
            }
            return clock.getAsLong();
        });
        NsSwitch first = r.get();
        self.set(r);
        FakeClock.write(f, "hosts: dns\n", T2);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of(new NssSource("dns")), r.get().hosts());
        assertSame(first, seenDuringCheck.get());
    }
}
