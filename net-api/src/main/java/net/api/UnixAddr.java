package net.api;

import java.util.Objects;

/**
 * Go's {@code net.UnixAddr}: the address of a Unix domain socket end point, a path (or, on
 * Linux, a name in the abstract namespace, starting with {@code @}) and the network:
 * "unix", "unixgram" or "unixpacket".
 */
public record UnixAddr(String name, String net) implements Addr {

    public UnixAddr {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(net, "net");
    }

    @Override
    public String network() {
        return net;
    }

    /** Go's form: the name. */
    @Override
    public String toString() {
        return name;
    }
}
