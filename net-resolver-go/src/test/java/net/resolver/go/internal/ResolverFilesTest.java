package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default paths of Go's resolver files and their replacement. */
class ResolverFilesTest {

    @Test
    void defaultsAreGosPaths() {
        assertEquals(new ResolverFiles(Path.of("/etc/resolv.conf"), Path.of("/etc/hosts"), Path.of("/etc/nsswitch.conf")),
                ResolverFiles.DEFAULTS);
    }

    @Test
    void eachPathCanBeReplaced() {
        Path p = Path.of("x");
        ResolverFiles d = ResolverFiles.DEFAULTS;
        assertEquals(new ResolverFiles(p, d.hosts(), d.nsswitchConf()), d.withResolvConf(p));
        assertEquals(new ResolverFiles(d.resolvConf(), p, d.nsswitchConf()), d.withHosts(p));
        assertEquals(new ResolverFiles(d.resolvConf(), d.hosts(), p), d.withNsswitchConf(p));
    }

    @Test
    void aMissingPathIsNamed() {
        assertEquals("resolvConf is null", assertThrows(IllegalArgumentException.class,
                () -> ResolverFiles.DEFAULTS.withResolvConf(null)).getMessage());
        assertEquals("hosts is null", assertThrows(IllegalArgumentException.class,
                () -> ResolverFiles.DEFAULTS.withHosts(null)).getMessage());
        assertEquals("nsswitchConf is null", assertThrows(IllegalArgumentException.class,
                () -> ResolverFiles.DEFAULTS.withNsswitchConf(null)).getMessage());
    }
}
