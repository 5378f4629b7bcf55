package net.resolver.go.internal;

import java.util.Map;

/**
 * The environment variables that change how the C library resolves, which Go's resolver
 * selection ({@code conf.go}'s {@code initConfVal}) looks at to prefer the C library's resolver.
 *
 * <p>Go's own resolver reads none of them: {@code LOCALDOMAIN} does not replace the search list
 * and {@code RES_OPTIONS} adds no options to {@link ResolvConf}; only the resolver selection asks
 * whether they are set. The environment is a map, so that tests bring their own.
 *
 * @param env the environment, e.g. {@link System#getenv()}
 */
public record ResolverEnv(Map<String, String> env) {

    /** Copies the map; checks that it is given. */
    public ResolverEnv {
        if (env == null) {
            throw new IllegalArgumentException("env is null");
        }
        env = Map.copyOf(env);
    }

    /** The process's environment. */
    public static ResolverEnv system() {
        return new ResolverEnv(System.getenv());
    }

    /** Whether {@code LOCALDOMAIN} is set, even to the empty string (which alone changes glibc). */
    public boolean localDomainDefined() {
        return env.containsKey("LOCALDOMAIN");
    }

    /** Whether {@code RES_OPTIONS} is set and not empty. */
    public boolean resOptionsSet() {
        return !env.getOrDefault("RES_OPTIONS", "").isEmpty();
    }

    /** Whether {@code HOSTALIASES} is set and not empty. */
    public boolean hostAliasesSet() {
        return !env.getOrDefault("HOSTALIASES", "").isEmpty();
    }

    /** Whether {@code ASR_CONFIG} (OpenBSD's resolv.conf override) is set and not empty. */
    public boolean asrConfigSet() {
        return !env.getOrDefault("ASR_CONFIG", "").isEmpty();
    }

    /**
     * Whether the environment makes Go prefer the C library's resolver on a Unix system where it
     * is available: {@code LOCALDOMAIN} defined, {@code RES_OPTIONS} or {@code HOSTALIASES} set,
     * or, on OpenBSD ({@code openbsd}), {@code ASR_CONFIG} set.
     */
    public boolean prefersCgo(boolean openbsd) {
        return localDomainDefined() || resOptionsSet() || hostAliasesSet() || (openbsd && asrConfigSet());
    }
}
