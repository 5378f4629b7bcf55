package net.udp.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.util.Optional;
import net.api.AddrException;
import net.api.IP;
import net.api.UDPAddr;

/**
 * Between Go's {@code UDPAddr} and the JDK's {@link InetSocketAddress}, and the choice of
 * address family (Go's {@code ipsock_posix.go}: {@code favoriteAddrFamily},
 * {@code ipToSockaddrInet4}/{@code Inet6}; {@code udpsock_posix.go}: {@code sockaddrToUDP}).
 */
final class UdpAddrs {

    private UdpAddrs() {
    }

    /** Whether {@code a} counts as IPv4 for the family choice: a nil IP does. */
    static boolean isV4(UDPAddr a) {
        return a == null || a.ip() == null || a.ip().length() == 0 || a.ip().to4().isPresent();
    }

    /** Whether {@code a} is a wildcard: nil IP, 0.0.0.0 (in either form) or ::. */
    static boolean isWildcard(UDPAddr a) {
        return a == null || a.ip() == null || a.ip().length() == 0 || a.ip().isUnspecified();
    }

    /**
     * Go's {@code favoriteAddrFamily}: the network's family if it names one; a listen on a
     * wildcard is a dual-stack IPv6 socket; otherwise IPv4 when both ends are IPv4.
     */
    static ProtocolFamily family(String network, UDPAddr local, UDPAddr remote, boolean listen) {
        if (network.endsWith("4")) {
            return StandardProtocolFamily.INET;
        }
        if (network.endsWith("6")) {
            return StandardProtocolFamily.INET6;
        }
        if (listen && isWildcard(local)) {
            return StandardProtocolFamily.INET6;
        }
        return isV4(local) && isV4(remote) ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    }

    /**
     * The socket address of {@code a} on a socket of {@code family} (Go's {@code ipToSockaddr}):
     * a wildcard becomes the family's any-address, an IPv6 zone its scope. An IPv6 address on
     * an IPv4 socket is Go's "non-IPv4 address".
     */
    static InetSocketAddress toSocketAddress(ProtocolFamily family, UDPAddr a) throws AddrException {
        int port = a == null ? 0 : a.port();
        if (isWildcard(a)) {
            IP any = family == StandardProtocolFamily.INET ? IP.of(new byte[4]) : IP.IPV6_ZERO;
            return new InetSocketAddress(any.toInetAddress(), port);
        }
        Optional<IP> v4 = a.ip().to4();
        if (family == StandardProtocolFamily.INET && v4.isEmpty()) {
            throw new AddrException("non-IPv4 address", a.ip().toString());
        }
        if (v4.isPresent()) {
            return new InetSocketAddress(v4.get().toInetAddress(), port);
        }
        return new InetSocketAddress(a.ip().toInetAddress(a.zone()), port);
    }

    /**
     * Go's {@code sockaddrToUDP}: the UDPAddr of a socket address as a socket of {@code family}
     * sees it, 4 bytes on an IPv4 socket, 16 (IPv4 peers as IPv4-mapped) with the zone on an
     * IPv6 one; null if there is no address.
     */
    static UDPAddr toUDPAddr(ProtocolFamily family, SocketAddress sa) {
        if (!(sa instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            return null;
        }
        InetAddress ia = isa.getAddress();
        IP ip = IP.fromInetAddress(ia);
        if (family == StandardProtocolFamily.INET) {
            return new UDPAddr(ip.to4().orElse(ip), isa.getPort());
        }
        return new UDPAddr(ip.to16().orElse(ip), isa.getPort(), zone(ia));
    }

    /**
     * The zone of a scoped IPv6 address (Go's {@code zoneCache.name}): the name of the interface
     * with that index, else the index in decimal; "" if there is no scope.
     */
    private static String zone(InetAddress ia) {
        if (!(ia instanceof Inet6Address i6)) {
            return "";
        }
        if (i6.getScopedInterface() != null) {
            return i6.getScopedInterface().getName();
        }
        int index = i6.getScopeId();
        if (index == 0) {
            return "";
        }
        try {
            NetworkInterface ni = NetworkInterface.getByIndex(index);
            return ni != null ? ni.getName() : Integer.toString(index);
        } catch (SocketException e) {
            return Integer.toString(index);
        }
    }

    /** Whether the peer {@code sa} is an IPv4 one (which an IPv6-only socket must not see). */
    static boolean isV4Peer(SocketAddress sa) {
        return sa instanceof InetSocketAddress isa && isa.getAddress() instanceof Inet4Address;
    }

    /** The Control hook's address text: Go's {@code host:port} of the socket address. */
    static String controlAddress(InetSocketAddress sa) {
        return toUDPAddr(sa.getAddress() instanceof Inet4Address
                ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6, sa).toString();
    }
}
