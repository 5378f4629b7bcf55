package net.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import net.api.internal.Args;
import net.api.internal.HostPort;
import net.api.internal.InterfaceTable;
import net.api.internal.IPParser;
import net.api.internal.Pipe;
import net.api.internal.InternetAddrs;
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

    // ---- splitting, resolving and looking up addresses (Go's ipsock.go, tcpsock.go, udpsock.go,
    // iprawsock.go, unixsock.go, lookup.go) ----

    /**
     * Go's {@code SplitHostPort}: splits {@code host:port}, {@code host%zone:port},
     * {@code [host]:port} or {@code [host%zone]:port} into host (brackets removed, zone kept) and
     * port. An IPv6 literal must be in brackets. A malformed address is an {@link AddrException}
     * with Go's text: "missing port in address", "too many colons in address", "missing ']' in
     * address", "unexpected '[' in address" or "unexpected ']' in address".
     */
    public static HostAndPort splitHostPort(String hostport) throws AddrException {
        return HostPort.split(Args.notNull(hostport, "hostport"));
    }

    /**
     * Go's {@code ResolveTCPAddr}: the TCP end point {@code address} ({@code host:port}) names on
     * {@code network} ("tcp", "tcp4", "tcp6", or "" for "tcp"). A literal IP needs no resolver; a
     * host name gives one of its addresses, IPv4 preferred unless the address is an IPv6 literal;
     * an empty host is the wildcard (a {@code null} IP); a port name is looked up.
     */
    public static TCPAddr resolveTCPAddr(String network, String address) throws IOException {
        String net = transportNetwork(Args.notNull(network, "network"), "tcp");
        return (TCPAddr) resolveInternet(net, net, Args.notNull(address, "address"));
    }

    /**
     * Go's {@code ResolveUDPAddr}: as {@link #resolveTCPAddr}, for "udp", "udp4", "udp6" (or ""
     * for "udp").
     */
    public static UDPAddr resolveUDPAddr(String network, String address) throws IOException {
        String net = transportNetwork(Args.notNull(network, "network"), "udp");
        return (UDPAddr) resolveInternet(net, net, Args.notNull(address, "address"));
    }

    /**
     * Go's {@code ResolveIPAddr}: the IP end point {@code address} (a host without port; an IPv6
     * literal without brackets, maybe with a zone) names on {@code network}: "ip", "ip4", "ip6",
     * each maybe with a ":protocol" suffix ("ip4:icmp", "ip6:58"), or "" for "ip".
     */
    public static IPAddr resolveIPAddr(String network, String address) throws IOException {
        String net = Args.notNull(network, "network").isEmpty() ? "ip" : network;
        String family = Resolver.DEFAULT.lookups().parseNetwork(net, false).family();
        if (!family.equals("ip") && !family.equals("ip4") && !family.equals("ip6")) {
            throw new UnknownNetworkException(net);
        }
        return (IPAddr) resolveInternet(family, net, Args.notNull(address, "address"));
    }

    /**
     * Go's {@code ResolveUnixAddr}: the Unix end point {@code address} (a path, or a name starting
     * with '@' in Linux's abstract namespace) on {@code network}: "unix", "unixgram" or
     * "unixpacket". Nothing is checked or resolved.
     */
    public static UnixAddr resolveUnixAddr(String network, String address) throws UnknownNetworkException {
        return switch (Args.notNull(network, "network")) {
            case "unix", "unixgram", "unixpacket" -> new UnixAddr(Args.notNull(address, "address"), network);
            default -> throw new UnknownNetworkException(network);
        };
    }

    /** {@code network} if it is {@code base}, {@code base}4 or {@code base}6; {@code base} for "" (Go 1.0's hint wildcard). */
    private static String transportNetwork(String network, String base) throws UnknownNetworkException {
        if (network.isEmpty()) {
            return base;
        }
        if (network.equals(base) || network.equals(base + "4") || network.equals(base + "6")) {
            return network;
        }
        throw new UnknownNetworkException(network);
    }

    private static Addr resolveInternet(String family, String network, String address) throws IOException {
        List<Addr> addrs = InternetAddrs.resolve(Resolver.DEFAULT.lookups(), family, address, null);
        return InternetAddrs.forResolve(addrs, network, address);
    }

    /** Go's {@code LookupPort} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupPort}. */
    public static int lookupPort(String network, String service) throws AddrException, DNSException {
        return Resolver.DEFAULT.lookupPort(network, service);
    }

    /** Go's {@code LookupHost} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupHost}. */
    public static List<String> lookupHost(String host) throws IOException {
        return Resolver.DEFAULT.lookupHost(host);
    }

    /** Go's {@code LookupIP}: the IPv4 and IPv6 addresses of {@code host}, with {@link Resolver#DEFAULT}. */
    public static List<IP> lookupIP(String host) throws IOException {
        return Resolver.DEFAULT.lookupIPAddr(host).stream().map(IPAddr::ip).toList();
    }

    /** Go's {@code LookupAddr} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupAddr}. */
    public static List<String> lookupAddr(String addr) throws IOException {
        return Resolver.DEFAULT.lookupAddr(addr);
    }

    /** Go's {@code LookupCNAME} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupCNAME}. */
    public static String lookupCNAME(String host) throws IOException {
        return Resolver.DEFAULT.lookupCNAME(host);
    }

    /** Go's {@code LookupMX} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupMX}. */
    public static List<MX> lookupMX(String name) throws IOException {
        return Resolver.DEFAULT.lookupMX(name);
    }

    /** Go's {@code LookupNS} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupNS}. */
    public static List<NS> lookupNS(String name) throws IOException {
        return Resolver.DEFAULT.lookupNS(name);
    }

    /** Go's {@code LookupSRV} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupSRV}. */
    public static SRVResult lookupSRV(String service, String proto, String name) throws IOException {
        return Resolver.DEFAULT.lookupSRV(service, proto, name);
    }

    /** Go's {@code LookupTXT} with {@link Resolver#DEFAULT}: see {@link Resolver#lookupTXT}. */
    public static List<String> lookupTXT(String name) throws IOException {
        return Resolver.DEFAULT.lookupTXT(name);
    }

    // ---- pipe (Go's pipe.go) ----

    /**
     * Go's {@code Pipe}: a synchronous, in-memory, full-duplex connection, both ends of it
     * {@link Conn}s. What one end writes, the other end reads, copied straight from the writer's
     * buffer to the reader's, with no buffering in between: a write blocks until the other end's
     * reads have taken all of it, in as many pieces as their buffers need; a read returns as soon
     * as a write offers some bytes. Writes on one end are never interleaved. Both ends' addresses
     * are "pipe", network "pipe".
     *
     * <p>As in Go, a write of nothing still meets one read, which returns 0, and a read into an
     * empty buffer waits for a write. After {@link Conn#close()} of one end, that end's reads and
     * writes throw {@link ClosedPipeException} (Go's {@code io.ErrClosedPipe}, unwrapped; its cause
     * a {@link ClosedException}, so {@link ClosedException#isClosed(Throwable)} holds); the other
     * end reads the end of the stream (-1) and its writes throw {@link ClosedPipeException}.
     * Setting a deadline when either end is closed throws it too. A passed deadline throws
     * {@link OpTimeoutException} with Go's text, {@code read pipe: i/o timeout}; an interrupt
     * throws {@link OpInterruptedException}. Either leaves the pipe usable.
     */
    public static ConnPair pipe() {
        return Pipe.newPair();
    }

    // ---- network interfaces (Go's interface.go) ----

    /**
     * Go's {@code Interfaces}: the system's network interfaces, by index.
     *
     * @throws OpException {@code route ip+net: …} when the system's table cannot be read
     */
    public static List<Interface> interfaces() throws OpException {
        return InterfaceTable.system().interfaces();
    }

    /**
     * Go's {@code InterfaceByIndex}: the interface with this index.
     *
     * @throws OpException {@code route ip+net: invalid network interface index} for an index of
     *     0 or less, {@code route ip+net: no such network interface} for one the system does not
     *     know
     */
    public static Interface interfaceByIndex(int index) throws OpException {
        return InterfaceTable.system().byIndex(index);
    }

    /**
     * Go's {@code InterfaceByName}: the interface with this name.
     *
     * @throws OpException {@code route ip+net: invalid network interface name} for "",
     *     {@code route ip+net: no such network interface} for a name the system does not know
     * @throws IllegalArgumentException if {@code name} is null
     */
    public static Interface interfaceByName(String name) throws OpException {
        return InterfaceTable.system().byName(Args.notNull(name, "name"));
    }

    /**
     * Go's {@code InterfaceAddrs}: the unicast addresses of every interface, each an
     * {@link IPNet}, IPv4 first; which interface each belongs to is not said (use
     * {@link #interfaces()} and {@link Interface#addrs()} for that).
     *
     * @throws OpException {@code route ip+net: …} when the system's table cannot be read
     */
    public static List<Addr> interfaceAddrs() throws OpException {
        return InterfaceTable.system().addrs(null);
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
    public static Conn dial(String network, String address) throws IOException {
        return Dialer.builder().build().dial(network, address);
    }

    /**
     * Go's {@code DialTimeout}: {@link #dial} with a timeout that covers name resolution and is
     * shared among a host's addresses.
     */
    public static Conn dialTimeout(String network, String address, java.time.Duration timeout)
            throws IOException {
        return Dialer.builder().timeout(Args.notNull(timeout, "timeout")).build().dial(network, address);
    }

    /**
     * Go's {@code Listen}: listens for stream connections ("tcp", "tcp4", "tcp6", "unix",
     * "unixpacket") with the default {@link ListenConfig}; see {@link ListenConfig#listen}.
     */
    public static Listener listen(String network, String address) throws IOException {
        return ListenConfig.builder().build().listen(network, address);
    }

    /**
     * Go's {@code ListenPacket}: opens a datagram socket ("udp", "udp4", "udp6", "unixgram", IP
     * networks with a protocol) with the default {@link ListenConfig}; see
     * {@link ListenConfig#listenPacket}.
     */
    public static PacketConn listenPacket(String network, String address) throws IOException {
        return ListenConfig.builder().build().listenPacket(network, address);
    }
}
