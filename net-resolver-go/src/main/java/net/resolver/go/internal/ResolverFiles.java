package net.resolver.go.internal;

import java.nio.file.Path;

/**
 * Where the pure resolver finds its configuration files: the paths Go's {@code net} package
 * hard-codes ({@code dnsclient_unix.go}, {@code hosts.go}, {@code nss.go}), made injectable so
 * that tests and users ({@link ResolverSettings}) can bring their own. The services database
 * ({@code /etc/services}) is not here: {@code net.api} reads it, for every resolver module.
 *
 * @param resolvConf resolv.conf, by default {@code /etc/resolv.conf}
 * @param hosts the hosts file, by default {@code /etc/hosts}
 * @param nsswitchConf nsswitch.conf, by default {@code /etc/nsswitch.conf}
 */
public record ResolverFiles(Path resolvConf, Path hosts, Path nsswitchConf) {

    /** The system's files, where Go reads them on Unix. */
    public static final ResolverFiles DEFAULTS = new ResolverFiles(Path.of("/etc/resolv.conf"), Path.of("/etc/hosts"),
            Path.of("/etc/nsswitch.conf"));

    /** Checks that every path is given. */
    public ResolverFiles {
        present(resolvConf, "resolvConf");
        present(hosts, "hosts");
        present(nsswitchConf, "nsswitchConf");
    }

    private static void present(Path p, String name) {
        if (p == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }

    /** These files with resolv.conf at {@code path}. */
    public ResolverFiles withResolvConf(Path path) {
        return new ResolverFiles(path, hosts, nsswitchConf);
    }

    /** These files with the hosts file at {@code path}. */
    public ResolverFiles withHosts(Path path) {
        return new ResolverFiles(resolvConf, path, nsswitchConf);
    }

    /** These files with nsswitch.conf at {@code path}. */
    public ResolverFiles withNsswitchConf(Path path) {
        return new ResolverFiles(resolvConf, hosts, path);
    }
}
