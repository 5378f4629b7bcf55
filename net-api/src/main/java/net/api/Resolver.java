package net.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import net.api.internal.Args;
import net.api.internal.Lookups;
import net.api.spi.ResolverOptions;

/**
 * Go's {@code net.Resolver}: looks up names and numbers. Immutable; {@link #DEFAULT} is Go's
 * {@code DefaultResolver}, the one the {@link Net} lookup functions use, and {@link #builder()}
 * makes others.
 *
 * <p>Some answers need no resolver: an IP literal (zone included) is its own address, "" is
 * {@code lookup : no such host}, port numbers and service names come from the services table
 * ({@code /etc/services} and Go's built-in entries), and, when no resolver module is present, the
 * localhost names ("localhost", "localhost.localdomain" and names under ".localhost" or
 * ".localhost.localdomain", any case, with or without a final dot) are 127.0.0.1 and ::1. Everything
 * else goes to a resolver module ({@code dev.gonet:net-resolver-go} or
 * {@code dev.gonet:net-resolver-native}); when none is present the lookup fails with a
 * {@link DNSException} that names them, and when several are present the first one that
 * {@link java.util.ServiceLoader} finds serves every lookup.
 *
 * <p>Lookups throw Go's errors: {@link DNSException} for a failed lookup,
 * {@link AddrException} and {@link UnknownNetworkException} for bad arguments. Where Go returns the
 * valid records together with an error about malformed ones, these methods throw the error.
 */
public final class Resolver {

    /** Go's {@code DefaultResolver}: the zero {@code Resolver}. */
    public static final Resolver DEFAULT = builder().build();

    private final boolean preferGo;
    private final ResolverOptions options;
    private final Lookups lookups;

    Resolver(boolean preferGo, ResolverOptions options, Lookups lookups) {
        this.preferGo = preferGo;
        this.options = options;
        this.lookups = lookups;
    }

    /**
     * A builder of a resolver with Go's zero values: {@code preferGo} and {@code strictErrors}
     * false, no dial function.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Go's {@code PreferGo}: whether the pure resolver ({@code dev.gonet:net-resolver-go}) is
     * preferred, as the {@code netdns=go} setting does for all resolvers, when it is present. It
     * is input to the resolver selection (Go's {@code conf.go}); on Plan 9 it counts only
     * together with a {@link #dial()} function, as in Go.
     */
    public boolean preferGo() {
        return preferGo;
    }

    /**
     * Go's {@code StrictErrors}: whether a temporary error (timeout, socket error, SERVFAIL) of one
     * of the queries behind a lookup (A and AAAA, or the names of the search list) fails the whole
     * lookup instead of giving a partial answer. The pure resolver honours it; the C library's
     * does not, as in Go.
     */
    public boolean strictErrors() {
        return options.strictErrors();
    }

    /**
     * Go's {@code Dial}: the function the pure resolver reaches name servers with, or empty for
     * its own dialer (the transport modules). The C library's resolver does not use it, as in Go.
     */
    public Optional<ResolverDial> dial() {
        return Optional.ofNullable(options.dial());
    }

    /** The front end behind this resolver, for the {@link Net} functions that resolve addresses. */
    Lookups lookups() {
        return lookups;
    }

    /** Go's {@code LookupHost}: the addresses of {@code host} as text; an IP literal is returned as given. */
    public List<String> lookupHost(String host) throws IOException {
        return lookups.lookupHost(Args.notNull(host, "host"), null);
    }

    /** Go's {@code LookupIPAddr}: the IPv4 and IPv6 addresses of {@code host}, with their zones. */
    public List<IPAddr> lookupIPAddr(String host) throws IOException {
        return lookups.lookupIPAddr("ip", Args.notNull(host, "host"), null);
    }

    /**
     * Go's {@code Resolver.LookupIP}: the addresses of {@code host} of the family {@code network}
     * asks for: "ip", "ip4" or "ip6" (a ":protocol" suffix is accepted and ignored); any other
     * network is an {@link UnknownNetworkException}, no address of that family an
     * {@link AddrException} ({@code no suitable address found}).
     */
    public List<IP> lookupIP(String network, String host) throws IOException {
        return lookups.lookupIP(Args.notNull(network, "network"), Args.notNull(host, "host"), null);
    }

    /**
     * Go's {@code LookupPort}: the port of {@code service} on {@code network} ("tcp", "tcp4",
     * "tcp6", "udp", "udp4", "udp6", "ip", or "" for "ip"). A decimal service is a port number
     * ("" is 0), only checked to be in 0…65535 ({@code address 65536: invalid port}); a name is
     * looked up case-insensitively ({@code lookup tcp/NAME: unknown port} if absent).
     */
    public int lookupPort(String network, String service) throws AddrException, DNSException {
        return lookups.lookupPort(Args.notNull(network, "network"), Args.notNull(service, "service"));
    }

    /** Go's {@code LookupCNAME}: the canonical name of {@code host}, after any CNAME records. */
    public String lookupCNAME(String host) throws IOException {
        return lookups.lookupCNAME(Args.notNull(host, "host"), null);
    }

    /**
     * Go's {@code LookupSRV}: the SRV records of {@code _service._proto.name} (RFC 2782), or of
     * {@code name} itself when service and proto are both "".
     */
    public SRVResult lookupSRV(String service, String proto, String name) throws IOException {
        return lookups.lookupSRV(Args.notNull(service, "service"), Args.notNull(proto, "proto"),
                Args.notNull(name, "name"), null);
    }

    /** Go's {@code LookupMX}: the mail exchangers of {@code name}, by preference. */
    public List<MX> lookupMX(String name) throws IOException {
        return lookups.lookupMX(Args.notNull(name, "name"), null);
    }

    /** Go's {@code LookupNS}: the name servers of {@code name}. */
    public List<NS> lookupNS(String name) throws IOException {
        return lookups.lookupNS(Args.notNull(name, "name"), null);
    }

    /** Go's {@code LookupTXT}: the TXT records of {@code name}, each record's strings joined. */
    public List<String> lookupTXT(String name) throws IOException {
        return lookups.lookupTXT(Args.notNull(name, "name"), null);
    }

    /** Go's {@code LookupAddr}: the names of the address {@code addr} (a reverse lookup). */
    public List<String> lookupAddr(String addr) throws IOException {
        return lookups.lookupAddr(Args.notNull(addr, "addr"), null);
    }

    /** Builds a {@link Resolver}; Go's struct fields become setters. */
    public static final class Builder {

        private boolean preferGo;
        private boolean strictErrors;
        private ResolverDial dial;

        private Builder() {
        }

        /** Sets {@link Resolver#preferGo()}. */
        public Builder preferGo(boolean preferGo) {
            this.preferGo = preferGo;
            return this;
        }

        /** Sets {@link Resolver#strictErrors()}. */
        public Builder strictErrors(boolean strictErrors) {
            this.strictErrors = strictErrors;
            return this;
        }

        /**
         * Sets {@link Resolver#dial()}: every query of the pure resolver goes through
         * {@code dial}; {@code null} (Go's {@code nil}) restores the resolver's own dialer.
         */
        public Builder dial(ResolverDial dial) {
            this.dial = dial;
            return this;
        }

        /**
         * The resolver, over the resolver modules present and the system's services file. Each
         * resolver merges only its own concurrent lookups of one name (Go's {@code lookupGroup}).
         */
        public Resolver build() {
            ResolverOptions options = new ResolverOptions(strictErrors, dial);
            return new Resolver(preferGo, options, Lookups.system(preferGo, options));
        }
    }
}
