package net.api.spi;

import java.util.List;
import java.util.Optional;
import net.api.internal.Args;

/**
 * The facts about the system's resolver configuration that the resolver-selection policy (Go's
 * {@code conf.go}) weighs: how reading {@code resolv.conf} and {@code nsswitch.conf} went and
 * what they say, whether {@code /etc/mdns.allow} exists, and the host's own name. The pure
 * resolver, which reads those files anyway, supplies them through
 * {@link ResolverProvider#systemConfig()}, applying Go's reload checks; the policy asks at every
 * decision, and only for the facts that decision needs. No method returns {@code null}.
 */
public interface SystemResolverConfig {

    /** How opening (and, for nsswitch.conf, parsing) a file went. */
    enum FileStatus {
        /** Read (for mdns.allow: exists). */
        READ,
        /** The file does not exist (Go's {@code fs.ErrNotExist}). */
        NOT_FOUND,
        /** The file may not be read (Go's {@code fs.ErrPermission}). */
        PERMISSION_DENIED,
        /** Any other error, a parse error of nsswitch.conf included. */
        FAILED
    }

    /**
     * One source of the {@code hosts} database in nsswitch.conf ("files", "dns", "myhostname",
     * "mdns4_minimal", …) and whether its {@code [STATUS=ACTION]} criteria are equivalent to none
     * (Go's {@code nssSource.standardCriteria}).
     */
    record NssSource(String name, boolean standardCriteria) {

        /** Checks that the name is present. */
        public NssSource {
            Args.notNull(name, "name");
        }
    }

    /** How reading resolv.conf went. */
    FileStatus resolvConf();

    /** Whether resolv.conf holds something the pure resolver does not understand (Go's {@code unknownOpt}). */
    boolean resolvConfHasUnknownOption();

    /** The words of resolv.conf's OpenBSD {@code lookup} line ("bind", "file", …); empty when there is none. */
    List<String> resolvConfLookup();

    /** How reading and parsing nsswitch.conf went. */
    FileStatus nsswitchConf();

    /** The sources of the {@code hosts} database, in order; empty when nsswitch.conf names none. */
    List<NssSource> nsswitchHosts();

    /** Whether {@code /etc/mdns.allow} exists ({@link FileStatus#READ}), does not, or cannot be checked. */
    FileStatus mdnsAllow();

    /** The host's own name (Go's {@code os.Hostname}); empty when it cannot be found. */
    Optional<String> hostname();
}
