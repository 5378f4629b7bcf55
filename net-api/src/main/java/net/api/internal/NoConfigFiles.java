package net.api.internal;

import java.util.List;
import java.util.Optional;
import net.api.spi.SystemResolverConfig;

/**
 * The system's resolver configuration when no resolver module supplies it (the pure resolver
 * is absent or reads no files): resolv.conf, nsswitch.conf and mdns.allow as missing, the host
 * name unknown. Go decides such a system as {@code files,dns} (the system's resolver on Solaris).
 */
public record NoConfigFiles() implements SystemResolverConfig {

    @Override
    public FileStatus resolvConf() {
        return FileStatus.NOT_FOUND;
    }

    @Override
    public boolean resolvConfHasUnknownOption() {
        return false;
    }

    @Override
    public List<String> resolvConfLookup() {
        return List.of();
    }

    @Override
    public FileStatus nsswitchConf() {
        return FileStatus.NOT_FOUND;
    }

    @Override
    public List<NssSource> nsswitchHosts() {
        return List.of();
    }

    @Override
    public FileStatus mdnsAllow() {
        return FileStatus.NOT_FOUND;
    }

    @Override
    public Optional<String> hostname() {
        return Optional.empty();
    }
}
