package net.api.spi;

import net.api.ResolverDial;

/**
 * The options of the {@link net.api.Resolver} behind a lookup that a resolver module honours:
 * Go's {@code Resolver.StrictErrors} and {@code Resolver.Dial} (Go's resolver functions are
 * methods of the {@code Resolver}, so they see its fields; a module sees this record). The pure
 * resolver honours both; the system's resolvers ignore them, as Go's cgo resolver does.
 * {@code PreferGo} is not here: it is spent on choosing the module.
 *
 * @param strictErrors Go's {@code StrictErrors}: a temporary error (timeout, socket error,
 *     SERVFAIL) of one of the queries behind a lookup fails the whole lookup
 * @param dial Go's {@code Dial}: how to reach a name server, or {@code null} for the module's
 *     own dialer (the transport modules)
 */
public record ResolverOptions(boolean strictErrors, ResolverDial dial) {

    /** The options of Go's zero {@code Resolver} ({@code DefaultResolver}): lax errors, the module's own dialer. */
    public static final ResolverOptions DEFAULT = new ResolverOptions(false, null);

    /** Whether the Resolver has a dial function of its own (Go's {@code r.Dial != nil}). */
    public boolean customDial() {
        return dial != null;
    }
}
