package net.resolver.go.internal;

import java.util.List;

/**
 * What the hosts file says about one host name: the result of Go's {@code lookupStaticHost}
 * ({@code hosts.go}).
 *
 * @param addrs the addresses in canonical text, in file order, repeated as often as listed
 * @param canonicalName the canonical name: lower case, absolute form (e.g.
 *     {@code "test2.example.com."}, or {@code "localhost"} for a name without dots)
 */
public record StaticHost(List<String> addrs, String canonicalName) {

    /** Copies the addresses. */
    public StaticHost {
        addrs = List.copyOf(addrs);
    }
}
