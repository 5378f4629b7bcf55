package net.api.spi;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.SRV;

/**
 * A resolver module: the pure resolver ({@code go}), the C library's ({@code cgo}) or Plan 9's
 * connection server ({@code plan9}). The selection policy in {@code net.api} (Go's
 * {@code conf.go}) chooses one per host, address and CNAME lookup; MX, NS, SRV and TXT lookups
 * go to the pure resolver when it is present, as Go's do on Unix. Port lookups never reach a
 * module: net.api answers them from the services table (Go's {@code goLookupPort}; the C
 * library's {@code getservbyname} is not consulted). Each lookup gets the {@link ResolverOptions}
 * of the {@link net.api.Resolver} it serves (Go's resolver functions are methods of the
 * {@code Resolver}); a module that speaks DNS itself honours them. Each method throws
 * {@link net.api.DNSException} with Go's text when the lookup fails; a {@code deadline} of
 * {@code null} means none.
 */
public interface ResolverProvider {

    /** The kind, as Go's {@code netdns} setting names it: "go", "cgo" or "plan9". */
    String kind();

    /**
     * Why this resolver cannot serve the system's configuration (an option or source it does
     * not implement), so that the policy falls back as Go's does; empty if it can.
     */
    default Optional<String> unsupportedConfiguration() {
        return Optional.empty();
    }

    /**
     * The system's resolver configuration as this resolver reads it, for the selection policy
     * (Go's {@code conf.go}); the pure resolver ({@code go}) supplies it, the others need not.
     */
    default Optional<SystemResolverConfig> systemConfig() {
        return Optional.empty();
    }

    /**
     * The addresses of {@code host}; {@code network} is "ip", "ip4" or "ip6". {@code order} is
     * the policy's decision: {@link LookupOrder#CGO} for the system's resolver, otherwise the
     * order in which the pure resolver consults the hosts file and DNS.
     */
    List<IPAddr> lookupIPAddr(String network, String host, LookupOrder order, ResolverOptions options, Instant deadline)
            throws IOException;

    /** The names of the address {@code addr} (reverse lookup), in the policy's {@code order}. */
    List<String> lookupAddr(String addr, LookupOrder order, ResolverOptions options, Instant deadline) throws IOException;

    /** The canonical name of {@code host}, in the policy's {@code order}. */
    String lookupCNAME(String host, LookupOrder order, ResolverOptions options, Instant deadline) throws IOException;

    /** The mail exchangers of {@code name}, in Go's order. */
    List<MX> lookupMX(String name, ResolverOptions options, Instant deadline) throws IOException;

    /** The name servers of {@code name}. */
    List<NS> lookupNS(String name, ResolverOptions options, Instant deadline) throws IOException;

    /** The SRV records of {@code name} (already {@code _service._proto.name}); with the canonical name. */
    SRVAnswer lookupSRV(String name, ResolverOptions options, Instant deadline) throws IOException;

    /** The TXT records of {@code name}, each record's strings joined. */
    List<String> lookupTXT(String name, ResolverOptions options, Instant deadline) throws IOException;

    /** The answer of {@link #lookupSRV}: the canonical name and the records in RFC 2782 order. */
    record SRVAnswer(String cname, List<SRV> records) {
    }
}
