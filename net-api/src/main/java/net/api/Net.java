package net.api;

import java.util.Optional;

import net.api.internal.Args;
import net.api.internal.HostPort;
import net.api.internal.IPParser;
import net.api.internal.MACParser;

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

    // ---- IP addresses, masks, CIDR and MAC (Go's ip.go, mac.go) ----

    /**
     * Go's {@code ParseIP}: the address in dotted IPv4 ({@code 192.0.2.1}), IPv6
     * ({@code 2001:db8::68}) or IPv4-mapped IPv6 ({@code ::ffff:192.0.2.1}) text, always in
     * 16-byte form; empty when {@code s} is not one. IPv4 fields may not have leading zeros, IPv6
     * groups have one to four hex digits, and an address with a zone ({@code fe80::1%eth0}) is
     * rejected.
     */
    public static Optional<IP> parseIP(String s) {
        return IPParser.parseIP(Args.notNull(s, "s"));
    }

    /** Go's {@code IPv4(a, b, c, d)}: the 16-byte form of a.b.c.d; see {@link IP#v4}. */
    public static IP ipv4(int a, int b, int c, int d) {
        return IP.v4(a, b, c, d);
    }

    /** Go's {@code IPv4Mask(a, b, c, d)}: the 4-byte mask a.b.c.d; see {@link IPMask#v4}. */
    public static IPMask ipv4Mask(int a, int b, int c, int d) {
        return IPMask.v4(a, b, c, d);
    }

    /**
     * Go's {@code CIDRMask(ones, bits)}: {@code ones} one bits then zeros, {@code bits} long;
     * empty unless {@code bits} is 32 or 128 and {@code 0 <= ones <= bits}.
     */
    public static Optional<IPMask> cidrMask(int ones, int bits) {
        return IPMask.cidr(ones, bits);
    }

    /**
     * Go's {@code ParseCIDR}: the address and network of CIDR text such as {@code 192.0.2.1/24}
     * (giving 192.0.2.1 and 192.0.2.0/24) or {@code 2001:db8::/32}. The address is read as
     * {@link #parseIP} reads it; the prefix is decimal, at most 32 for IPv4 and 128 for IPv6.
     *
     * @throws ParseException {@code invalid CIDR address: s} when {@code s} is not CIDR text
     */
    public static ParsedCIDR parseCIDR(String s) throws ParseException {
        return IPParser.parseCIDR(Args.notNull(s, "s"));
    }

    /**
     * Go's {@code ParseMAC}: a MAC-48, EUI-48, EUI-64 or 20-octet IP over InfiniBand address in
     * one of the forms {@code 00:00:5e:00:53:01}, {@code 00-00-5e-00-53-01},
     * {@code 0000.5e00.5301} or {@code 00005e005301} (hex digits in either case).
     *
     * @throws AddrException {@code address s: invalid MAC address} when {@code s} is not one
     */
    public static HardwareAddr parseMAC(String s) throws AddrException {
        return MACParser.parse(Args.notNull(s, "s"));
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
