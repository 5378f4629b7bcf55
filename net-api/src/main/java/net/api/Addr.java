package net.api;

/**
 * Go's {@code net.Addr}: a network endpoint. {@link #network()} and {@link #toString()} are the
 * two strings Go's {@code Network()} and {@code String()} return; passed to {@link Net#dial},
 * they name the same endpoint again.
 */
public interface Addr {

    /** The network name: "tcp", "udp", "ip", "unix", "ip+net", … */
    String network();

    /** The address in Go's form, for example {@code 127.0.0.1:80} or {@code [fe80::1%eth0]:80}. */
    @Override
    String toString();
}
