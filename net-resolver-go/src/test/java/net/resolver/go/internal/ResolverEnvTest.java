package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment checks of Go's {@code initConfVal} ({@code conf.go}). */
class ResolverEnvTest {

    @Test
    void localDomainCountsEvenEmpty() {
        ResolverEnv env = new ResolverEnv(Map.of("LOCALDOMAIN", ""));
        assertTrue(env.localDomainDefined());
        assertTrue(env.prefersCgo(false));
    }

    @Test
    void theOthersCountOnlyWhenNotEmpty() {
        ResolverEnv empty = new ResolverEnv(Map.of("RES_OPTIONS", "", "HOSTALIASES", "", "ASR_CONFIG", ""));
        assertFalse(empty.resOptionsSet() || empty.hostAliasesSet() || empty.asrConfigSet());
        assertFalse(empty.prefersCgo(true));
        assertTrue(new ResolverEnv(Map.of("RES_OPTIONS", "ndots:2")).prefersCgo(false));
        assertTrue(new ResolverEnv(Map.of("HOSTALIASES", "/tmp/aliases")).prefersCgo(false));
    }

    @Test
    void asrConfigCountsOnOpenBsdOnly() {
        ResolverEnv env = new ResolverEnv(Map.of("ASR_CONFIG", "/etc/my-resolv.conf"));
        assertTrue(env.asrConfigSet());
        assertFalse(env.prefersCgo(false));
        assertTrue(env.prefersCgo(true));
    }

    @Test
    void nothingSetPrefersNothing() {
        assertFalse(new ResolverEnv(Map.of("PATH", "/bin")).prefersCgo(true));
    }

    @Test
    void aMissingMapIsNamed() {
        assertEquals("env is null", assertThrows(IllegalArgumentException.class, () -> new ResolverEnv(null)).getMessage());
    }
}
