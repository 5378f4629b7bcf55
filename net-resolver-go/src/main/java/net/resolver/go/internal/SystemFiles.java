package net.resolver.go.internal;

import java.util.function.LongSupplier;

/**
 * The pure resolver's view of the system's configuration files, each kept current by Go's rules:
 * what Go reaches through {@code getSystemDNSConfig} ({@code dnsclient_unix.go}),
 * {@code getSystemNSS} ({@code nss.go}) and the {@code hosts} cache ({@code hosts.go}), with the
 * paths, the host name and the clock given instead of fixed.
 */
public final class SystemFiles {

    private final ResolverFiles files;
    private final ConfigReloader<ResolvConf> resolvConf;
    private final ConfigReloader<NsSwitch> nsSwitch;
    private final HostsFile hosts;

    /**
     * The files at {@code files}, resolv.conf's default search list from {@code hostname}, every
     * cache timed by {@code nanos} (a monotonic nanosecond clock, {@code System::nanoTime}).
     */
    public SystemFiles(ResolverFiles files, Hostname hostname, LongSupplier nanos) {
        this.files = files;
        this.resolvConf = ConfigReloader.resolvConf(files.resolvConf(), new ResolvConfParser(hostname), nanos);
        this.nsSwitch = ConfigReloader.nsSwitch(files.nsswitchConf(), nanos);
        this.hosts = new HostsFile(files.hosts(), nanos);
    }

    /** The system's files where Go reads them, the kernel's host name, {@link System#nanoTime}. */
    public static SystemFiles system() {
        return new SystemFiles(ResolverFiles.DEFAULTS, Hostname.system(), System::nanoTime);
    }

    /** The paths these files are read from. */
    public ResolverFiles files() {
        return files;
    }

    /** Go's {@code getSystemDNSConfig}: resolv.conf, read again when a check finds it changed. */
    public ResolvConf resolvConf() {
        return resolvConf.get();
    }

    /** Go's {@code getSystemNSS}: nsswitch.conf, read again when a check finds it changed. */
    public NsSwitch nsSwitch() {
        return nsSwitch.get();
    }

    /** The hosts file, with Go's cache. */
    public HostsFile hosts() {
        return hosts;
    }
}
