package net.resolver.go.internal;

import java.nio.file.Path;

/**
 * Where the pure resolver finds its configuration files: the paths Go's {@code net} package
 * hard-codes ({@code dnsclient_unix.go}, {@code hosts.go}, {@code nss.go}, {@code port_unix.go}),
 * made injectable so that tests and embedders can bring their own.
 *
 * @param resolvConf resolv.conf, by default {@code /etc/resolv.conf}
 * @param hosts the hosts file, by default {@code /etc/hosts}
 * @param nsswitchConf nsswitch.conf, by default {@code /etc/nsswitch.conf}
 * @param services the services database, by default {@code /etc/services}
 */
public record ResolverFiles(Path resolvConf, Path hosts, Path nsswitchConf, Path services) {

    /** The system's files, where Go reads them on Unix. */
    public static final ResolverFiles DEFAULTS = new ResolverFiles(Path.of("/etc/resolv.conf"), Path.of("/etc/hosts"),
            Path.of("/etc/nsswitch.conf"), Path.of("/etc/services"));

    /** Checks that every path is given. */
    public ResolverFiles {
        present(resolvConf, "resolvConf");
        present(hosts, "hosts");
        present(nsswitchConf, "nsswitchConf");
        present(services, "services");
    }

    private static void present(Path p, String name) {
        if (p == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }

    /** These files with resolv.conf at {@code path}. */
    public ResolverFiles withResolvConf(Path path) {
        return new ResolverFiles(path, hosts, nsswitchConf, services);
    }

    /** These files with the hosts file at {@code path}. */
    public ResolverFiles withHosts(Path path) {
        return new ResolverFiles(resolvConf, path, nsswitchConf, services);
    }

    /** These files with nsswitch.conf at {@code path}. */
    public ResolverFiles withNsswitchConf(Path path) {
        return new ResolverFiles(resolvConf, hosts, path, services);
    }

    /** These files with the services database at {@code path}. */
    public ResolverFiles withServices(Path path) {
        return new ResolverFiles(resolvConf, hosts, nsswitchConf, path);
    }
}
