package net.tcp.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import net.api.AddrException;
import net.api.IP;
import net.api.TCPAddr;

/**
 * Between Go's {@code TCPAddr} and the JDK's {@link InetSocketAddress}, and the choice of
 * address family (Go's {@code ipsock_posix.go}: {@code favoriteAddrFamily} and
 * {@code ipToSockaddr}, {@code tcpsock_posix.go}: {@code sockaddrToTCP}).
 */
final class SockAddrs {

    private static final byte[] IPV4_ANY = new byte[4];
    private static final byte[] IPV6_ANY = new byte[16];

    private SockAddrs() {
    }

    /** Whether {@code a} is an IPv4 end point for the family choice: a nil IP counts as one. */
    static boolean isV4(TCPAddr a) {
        return a == null || a.ip() == null || v4Bytes(a.ip()) != null;
    }

    /** Whether {@code a} is a wildcard: nil IP, 0.0.0.0 (in either form) or ::. */
    static boolean isWildcard(TCPAddr a) {
        if (a == null || a.ip() == null) {
            return true;
        }
        byte[] v4 = v4Bytes(a.ip());
        return isZero(v4 != null ? v4 : a.ip().bytes());
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** The 4 bytes of an IPv4 address (4 bytes, or 16 in IPv4-mapped form), else null (Go's {@code To4}). */
    static byte[] v4Bytes(IP ip) {
        byte[] b = ip.bytes();
        if (b.length == 4) {
            return b;
        }
        if (b.length != 16) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        if (b[10] != (byte) 0xff || b[11] != (byte) 0xff) {
            return null;
        }
        return new byte[] {b[12], b[13], b[14], b[15]};
    }

    /**
     * Go's {@code favoriteAddrFamily} for a dial: IPv4 if the network says so or both ends
     * are IPv4 (or unspecified), else IPv6.
     */
    static ProtocolFamily dialFamily(String network, TCPAddr local, TCPAddr remote) {
        if (network.endsWith("4")) {
            return StandardProtocolFamily.INET;
        }
        if (network.endsWith("6")) {
            return StandardProtocolFamily.INET6;
        }
        return isV4(local) && isV4(remote) ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    }

    /**
     * Go's {@code favoriteAddrFamily} for a listen: "tcp" on a wildcard is a dual-stack IPv6
     * socket on {@code ::}; otherwise the network's or the address's family.
     */
    static ProtocolFamily listenFamily(String network, TCPAddr local) {
        if (network.endsWith("4")) {
            return StandardProtocolFamily.INET;
        }
        if (network.endsWith("6") || isWildcard(local)) {
            return StandardProtocolFamily.INET6;
        }
        return isV4(local) ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    }

    /**
     * The socket address for {@code a} in {@code family} (Go's {@code ipToSockaddr}): a nil IP
     * becomes the family's any-address, and so does 0.0.0.0 in IPv6; an IPv6 address in IPv4 is
     * Go's {@code non-IPv4 address} error; an IPv6 zone becomes the scope.
     */
    static InetSocketAddress toSocketAddress(ProtocolFamily family, TCPAddr a) throws IOException {
        int port = a == null ? 0 : a.port();
        boolean nil = a == null || a.ip() == null || a.ip().length() == 0;
        byte[] v4 = nil ? null : v4Bytes(a.ip());
        if (family == StandardProtocolFamily.INET) {
            if (!nil && v4 == null) {
                throw new AddrException("non-IPv4 address", a.ip().toString());
            }
            return new InetSocketAddress(InetAddress.getByAddress(nil ? IPV4_ANY : v4), port);
        }
        if (nil || isWildcard(a)) {
            return new InetSocketAddress(InetAddress.getByAddress(IPV6_ANY), port);
        }
        if (v4 != null) {
            return new InetSocketAddress(InetAddress.getByAddress(v4), port);
        }
        byte[] b = a.ip().bytes();
        if (b.length != 16) {
            throw new UnknownHostException("invalid IP address of " + b.length + " bytes");
        }
        if (a.zone().isEmpty()) {
            return new InetSocketAddress(InetAddress.getByAddress(b), port);
        }
        return new InetSocketAddress(scoped(b, a.zone()), port);
    }

    private static Inet6Address scoped(byte[] b, String zone) throws IOException {
        if (zone.chars().allMatch(Character::isDigit)) {
            return Inet6Address.getByAddress(null, b, Integer.parseInt(zone));
        }
        NetworkInterface ni = NetworkInterface.getByName(zone);
        if (ni == null) {
            throw new UnknownHostException("no such network interface: " + zone);
        }
        return Inet6Address.getByAddress(null, b, ni);
    }

    /** Go's {@code sockaddrToTCP}: the TCPAddr of a socket address, or null if there is none. */
    static TCPAddr toTCPAddr(SocketAddress sa) {
        if (!(sa instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            return null;
        }
        InetAddress ia = isa.getAddress();
        String zone = "";
        if (ia instanceof Inet6Address i6) {
            if (i6.getScopedInterface() != null) {
                zone = i6.getScopedInterface().getName();
            } else if (i6.getScopeId() != 0) {
                zone = Integer.toString(i6.getScopeId());
            }
        }
        byte[] b = ia.getAddress();
        IP ip = ia instanceof Inet4Address ? IP.v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff) : IP.of(b);
        return new TCPAddr(ip, isa.getPort(), zone);
    }

    /** Go's text for a TCPAddr in a Control call: {@code host:port}. */
    static String controlAddress(InetSocketAddress sa) {
        return toTCPAddr(sa).toString();
    }
}
