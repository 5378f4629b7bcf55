package net.api.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.api.Addr;
import net.api.AddrException;
import net.api.HostAndPort;
import net.api.IP;
import net.api.IPAddr;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnknownNetworkException;

/**
 * The addresses an internet address string stands for, as Go's {@code ipsock.go}
 * ({@code internetAddrList}, {@code filterAddrList}, {@code addrList.forResolve}): the host
 * resolved through the front end, the port looked up, the result filtered by the network's family.
 */
public final class InternetAddrs {

    private InternetAddrs() {
    }

    /**
     * Go's {@code internetAddrList}: the {@link TCPAddr}, {@link UDPAddr} or {@link IPAddr} values
     * {@code addr} stands for on {@code network} (tcp, tcp4, tcp6, udp, udp4, udp6, ip, ip4, ip6),
     * at least one. An empty address, or an empty host, is one wildcard address (a {@code null} IP).
     * A network ending in '4' keeps IPv4 addresses (IPv4-mapped ones included), one ending in '6'
     * the others; none left is Go's {@code address HOST: no suitable address found}.
     */
    public static List<Addr> resolve(Lookups lookups, String network, String addr, Instant deadline) throws IOException {
        String host = "";
        int port = 0;
        switch (network) {
            case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6" -> {
                if (!addr.isEmpty()) {
                    HostAndPort split = HostPort.split(addr);
                    host = split.host();
                    port = lookups.lookupPort(network, split.port());
                }
            }
            case "ip", "ip4", "ip6" -> host = addr;
            default -> throw new UnknownNetworkException(network);
        }
        if (host.isEmpty()) {
            return List.of(endPoint(network, new IPAddr(null), port));
        }
        List<IPAddr> ips = lookups.lookupIPAddr(network, host, deadline);
        if (ips.size() == 1 && ips.get(0).ip() != null && ips.get(0).ip().equal(IP.IPV6_UNSPECIFIED)) {
            // A host that can bind "::" but not connect back to it: offer 0.0.0.0 too (Go issue 18806).
            ips = List.of(ips.get(0), new IPAddr(IP.IPV4_ZERO));
        }
        Predicate<IPAddr> keep = switch (network.charAt(network.length() - 1)) {
            case '4' -> a -> isIPv4(a.ip());
            case '6' -> a -> a.ip() != null && a.ip().length() == 16 && !isIPv4(a.ip());
            default -> a -> true;
        };
        List<Addr> addrs = new ArrayList<>();
        for (IPAddr ip : ips) {
            if (keep.test(ip)) {
                addrs.add(endPoint(network, ip, port));
            }
        }
        if (addrs.isEmpty()) {
            throw new AddrException("no suitable address found", host);
        }
        return List.copyOf(addrs);
    }

    /**
     * Go's {@code addrList.forResolve}: the one address a {@code Resolve*Addr} call returns. IPv4 is
     * preferred unless {@code addr} is an IPv6 literal (has a '[' for "tcp" and "udp", a ':' for
     * "ip"); without an address of the preferred kind, the first.
     */
    public static Addr forResolve(List<Addr> addrs, String network, String addr) {
        boolean want6 = switch (network) {
            case "ip" -> addr.indexOf(':') >= 0;
            case "tcp", "udp" -> addr.indexOf('[') >= 0;
            default -> false;
        };
        for (Addr a : addrs) {
            if (isIPv4(AddrList.ipOf(a)) != want6) {
                return a;
            }
        }
        return addrs.get(0);
    }

    private static Addr endPoint(String network, IPAddr ip, int port) {
        return switch (network.charAt(0)) {
            case 't' -> new TCPAddr(ip.ip(), port, ip.zone());
            case 'u' -> new UDPAddr(ip.ip(), port, ip.zone());
            default -> ip;
        };
    }

    /** Go's {@code ip.To4() != nil}: 4 bytes, or 16 bytes in IPv4-mapped form. */
    private static boolean isIPv4(IP ip) {
        return ip != null && ip.to4().isPresent();
    }
}
