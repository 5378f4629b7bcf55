package net.api.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.api.Addr;
import net.api.AddrException;
import net.api.DNSException;
import net.api.IP;
import net.api.IPAddr;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnixAddr;
import net.api.UnknownNetworkException;

/**
 * The address step of a dial or listen, Go's {@code resolveAddrList} and
 * {@code internetAddrList} of {@code dial.go} and {@code ipsock.go}: the network checked, the
 * {@code host:port} split, the port and host looked up, the addresses filtered by the network's
 * family and, for a dial, by the family of the dialer's local address.
 */
public final class AddrListResolver implements AddrListSource {

    /** Go's {@code errMissingAddress}. */
    static IOException missingAddress() {
        return new IOException("missing address");
    }

    @Override
    public List<Addr> resolve(String op, String network, String address, Addr hint, Instant deadline)
            throws IOException {
        String family = parseNetwork(network);
        if (op.equals("dial") && address.isEmpty()) {
            throw missingAddress();
        }
        switch (family) {
            case "unix", "unixgram", "unixpacket" -> {
                UnixAddr ua = new UnixAddr(address, family);
                if (op.equals("dial") && hint != null && !ua.network().equals(hint.network())) {
                    throw new AddrException("mismatched local address type", hint.toString());
                }
                return List.of(ua);
            }
            default -> {
                List<Addr> addrs = internetAddrList(family, address, deadline);
                if (!op.equals("dial") || hint == null) {
                    return addrs;
                }
                return matchLocal(addrs, hint);
            }
        }
    }

    /** Keeps the addresses a dial from {@code hint} can reach: of its type, and of its family unless either is a wildcard. */
    static List<Addr> matchLocal(List<Addr> addrs, Addr hint) throws AddrException {
        IP hintIP = ipOf(hint);
        boolean wildcard = isWildcard(hintIP);
        List<Addr> kept = new ArrayList<>();
        for (Addr a : addrs) {
            if (!a.network().equals(hint.network())) {
                throw new AddrException("mismatched local address type", hint.toString());
            }
            IP ip = ipOf(a);
            if (wildcard || isWildcard(ip) || sameFamily(ip, hintIP)) {
                kept.add(a);
            }
        }
        if (kept.isEmpty()) {
            throw new AddrException("no suitable address found", hint.toString());
        }
        return kept;
    }

    /**
     * Go's {@code internetAddrList}: the addresses of {@code address} on a TCP, UDP or IP
     * network, at least one.
     */
    static List<Addr> internetAddrList(String family, String address, Instant deadline) throws IOException {
        String host = "";
        int port = 0;
        switch (family) {
            case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6" -> {
                if (!address.isEmpty()) {
                    String[] hp = splitHostPort(address);
                    host = hp[0];
                    port = lookupPort(hp[1]);
                }
            }
            case "ip", "ip4", "ip6" -> host = address;
            default -> throw new UnknownNetworkException(family);
        }
        if (host.isEmpty()) {
            return List.of(inetaddr(family, null, "", port));
        }
        List<IPAddr> ips = new ArrayList<>(lookupIPAddr(host));
        if (ips.size() == 1 && isUnspecified6(ips.get(0).ip())) {
            ips.add(new IPAddr(IP.v4(0, 0, 0, 0)));
        }
        List<Addr> addrs = new ArrayList<>();
        char last = family.charAt(family.length() - 1);
        for (IPAddr ia : ips) {
            boolean v4 = AddrList.isIPv4(ia);
            if (last == '4' && !v4 || last == '6' && (v4 || ia.ip().length() != 16)) {
                continue;
            }
            addrs.add(inetaddr(family, ia.ip(), ia.zone(), port));
        }
        if (addrs.isEmpty()) {
            throw new AddrException("no suitable address found", host);
        }
        return addrs;
    }

    private static Addr inetaddr(String family, IP ip, String zone, int port) {
        return switch (family.substring(0, 2)) {
            case "tc" -> new TCPAddr(ip, port, zone);
            case "ud" -> new UDPAddr(ip, port, zone);
            default -> new IPAddr(ip, zone);
        };
    }

    private static String parseNetwork(String network) throws UnknownNetworkException {
        int colon = network.lastIndexOf(':');
        String family = colon < 0 ? network : network.substring(0, colon);
        switch (family) {
            case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "unixgram", "unixpacket" -> {
                if (colon < 0) {
                    return family;
                }
            }
            case "ip", "ip4", "ip6" -> {
                if (colon >= 0) {
                    return family;
                }
            }
            default -> {
            }
        }
        throw new UnknownNetworkException(network);
    }

    private static String[] splitHostPort(String hostport) throws AddrException {
        int i = hostport.lastIndexOf(':');
        if (i < 0) {
            throw new AddrException("missing port in address", hostport);
        }
        String host = hostport.substring(0, i);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new String[] {host, hostport.substring(i + 1)};
    }

    private static int lookupPort(String service) throws AddrException {
        if (service.isEmpty()) {
            return 0;
        }
        try {
            int p = Integer.parseInt(service);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw new AddrException("invalid port", service);
    }

    private static List<IPAddr> lookupIPAddr(String host) throws IOException {
        if (host.equals("localhost")) {
            return List.of(new IPAddr(IP.v4(127, 0, 0, 1)), new IPAddr(IP.of(loopback6())));
        }
        if (!host.matches("[0-9a-fA-F.:%a-z]+") || !(host.contains(":") || host.matches("[0-9.]+"))) {
            throw DNSException.noSuchHost(host, "");
        }
        String zone = "";
        int pct = host.indexOf('%');
        String literal = host;
        if (pct >= 0) {
            zone = host.substring(pct + 1);
            literal = host.substring(0, pct);
        }
        try {
            InetAddress ia = InetAddress.getByName(literal);
            byte[] b = ia.getAddress();
            IP ip = b.length == 4 ? IP.v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff) : IP.of(b);
            return List.of(new IPAddr(ip, ia instanceof Inet6Address ? zone : ""));
        } catch (UnknownHostException e) {
            throw DNSException.noSuchHost(host, "");
        }
    }

    private static byte[] loopback6() {
        byte[] b = new byte[16];
        b[15] = 1;
        return b;
    }

    private static IP ipOf(Addr a) {
        return switch (a) {
            case TCPAddr t -> t.ip();
            case UDPAddr u -> u.ip();
            case IPAddr i -> i.ip();
            default -> null;
        };
    }

    private static boolean isWildcard(IP ip) {
        if (ip == null) {
            return true;
        }
        byte[] b = ip.bytes();
        int from = AddrList.isIPv4(new IPAddr(ip)) ? b.length - 4 : 0;
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnspecified6(IP ip) {
        return ip.length() == 16 && !AddrList.isIPv4(new IPAddr(ip)) && isWildcard(ip);
    }

    private static boolean sameFamily(IP a, IP b) {
        boolean a4 = AddrList.isIPv4(new IPAddr(a));
        boolean b4 = AddrList.isIPv4(new IPAddr(b));
        return a4 && b4 || !a4 && !b4 && a.length() == 16 && b.length() == 16;
    }
}
