package net.api;

import net.api.internal.Args;
import net.api.internal.HostPort;

/**
 * Go's package {@code net} as static methods: {@code net.Dial} is {@code Net.dial},
 * {@code net.ParseIP} is {@code Net.parseIP}, and so on. Every method checks its arguments and
 * reports a bad one with Go's error and text.
 */
public final class Net {

    private Net() {
    }

    // ---- host:port (Go's ipsock.go) ----

    /**
     * Go's {@code JoinHostPort}: {@code host:port}, the host in brackets when it contains a colon,
     * as an IPv6 literal does ({@code [::1]:80}, {@code [fe80::1%eth0]:80}).
     */
    public static String joinHostPort(String host, String port) {
        return HostPort.join(Args.notNull(host, "host"), Args.notNull(port, "port"));
    }

    // ---- dial and listen (Go's dial.go) ----

    /**
     * Go's {@code Dial}: connects to {@code address} on {@code network} with the default
     * {@link Dialer}. Networks are "tcp", "tcp4" (IPv4 only), "tcp6" (IPv6 only), "udp", "udp4",
     * "udp6", "ip", "ip4", "ip6" (with a protocol, as "ip4:icmp"), "unix", "unixgram" and
     * "unixpacket". For TCP and UDP the address is {@code host:port}: the host a literal IP
     * (an IPv6 one in brackets, as {@code [::1]:80} or {@code [fe80::1%eth0]:80}) or a name, the
     * port a number or a service name; an empty or unspecified host means the local system.
     * A name with several addresses is tried address by address, IPv6 and IPv4 racing for "tcp"
     * (see {@link Dialer#dial}). For Unix networks the address is a path. Interrupting the
     * thread cancels the dial; a network whose transport module is absent fails with an
     * {@link UnknownNetworkException} naming the artifact to add.
     */
    public static Conn dial(String network, String address) throws java.io.IOException {
        return Dialer.builder().build().dial(network, address);
    }

    /**
     * Go's {@code DialTimeout}: {@link #dial} with a timeout that covers name resolution and is
     * shared among a host's addresses.
     */
    public static Conn dialTimeout(String network, String address, java.time.Duration timeout)
            throws java.io.IOException {
        return Dialer.builder().timeout(Args.notNull(timeout, "timeout")).build().dial(network, address);
    }

    /**
     * Go's {@code Listen}: listens for stream connections ("tcp", "tcp4", "tcp6", "unix",
     * "unixpacket") with the default {@link ListenConfig}; see {@link ListenConfig#listen}.
     */
    public static Listener listen(String network, String address) throws java.io.IOException {
        return ListenConfig.builder().build().listen(network, address);
    }

    /**
     * Go's {@code ListenPacket}: opens a datagram socket ("udp", "udp4", "udp6", "unixgram", IP
     * networks with a protocol) with the default {@link ListenConfig}; see
     * {@link ListenConfig#listenPacket}.
     */
    public static PacketConn listenPacket(String network, String address) throws java.io.IOException {
        return ListenConfig.builder().build().listenPacket(network, address);
    }
}
