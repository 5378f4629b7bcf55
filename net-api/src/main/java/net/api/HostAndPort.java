package net.api;

import java.util.Objects;

/**
 * The two halves of a {@code host:port} address, as Go's {@code SplitHostPort} returns them: the
 * host (an IPv6 literal without its brackets, a zone kept as {@code %zone}, or "" for the wildcard)
 * and the port text (a number or a service name, "" when absent), neither of them checked further.
 */
public record HostAndPort(String host, String port) {

    public HostAndPort {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
    }

    /** Go's {@code JoinHostPort} of the two halves. */
    @Override
    public String toString() {
        return Net.joinHostPort(host, port);
    }
}
