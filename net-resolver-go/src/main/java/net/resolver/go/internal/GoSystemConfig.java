package net.resolver.go.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import net.api.spi.SystemResolverConfig;
import net.api.sysconf.ConfigError;

/**
 * The facts of the system's resolver configuration that Go's resolver selection
 * ({@code conf.go}) weighs, as the pure resolver reads them: resolv.conf and nsswitch.conf with
 * Go's reload checks at every question, whether mdns.allow exists, and the host name.
 */
final class GoSystemConfig implements SystemResolverConfig {

    /** Where Go looks for the mDNS allow list. */
    static final Path MDNS_ALLOW = Path.of("/etc/mdns.allow");

    private final SystemFiles files;
    private final Hostname hostname;
    private final Path mdnsAllow;

    GoSystemConfig(SystemFiles files, Hostname hostname, Path mdnsAllow) {
        this.files = files;
        this.hostname = hostname;
        this.mdnsAllow = mdnsAllow;
    }

    @Override
    public FileStatus resolvConf() {
        return status(files.resolvConf().error());
    }

    @Override
    public boolean resolvConfHasUnknownOption() {
        return files.resolvConf().unknownOpt();
    }

    @Override
    public List<String> resolvConfLookup() {
        return files.resolvConf().lookup();
    }

    @Override
    public FileStatus nsswitchConf() {
        return status(files.nsSwitch().error());
    }

    @Override
    public List<NssSource> nsswitchHosts() {
        return files.nsSwitch().hosts().stream()
                .map(s -> new NssSource(s.source(), s.standardCriteria()))
                .toList();
    }

    /** Go's {@code os.Stat("/etc/mdns.allow")}: exists, does not, or cannot tell. */
    @Override
    public FileStatus mdnsAllow() {
        try {
            Files.readAttributes(mdnsAllow, BasicFileAttributes.class);
            return FileStatus.READ;
        } catch (NoSuchFileException e) {
            return FileStatus.NOT_FOUND;
        } catch (java.nio.file.AccessDeniedException e) {
            return FileStatus.PERMISSION_DENIED;
        } catch (IOException e) {
            return FileStatus.FAILED;
        }
    }

    @Override
    public Optional<String> hostname() {
        try {
            return Optional.of(hostname.get());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileStatus status(Optional<ConfigError> error) {
        if (error.isEmpty()) {
            return FileStatus.READ;
        }
        return switch (error.get().kind()) {
            case NOT_EXIST -> FileStatus.NOT_FOUND;
            case PERMISSION -> FileStatus.PERMISSION_DENIED;
            case IO, SYNTAX -> FileStatus.FAILED;
        };
    }
}
