package net.api.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Conversion of an IP address and zone to the JDK's {@link InetAddress}, turning the zone into an
 * IPv6 scope id as Go turns it into an interface index ({@code ipv6ZoneCache.index} in
 * {@code interface.go}): by interface name, else by the decimal digits it starts with.
 */
public final class InetAddresses {

    /** Go's {@code big}: where {@code dtoi} stops counting. */
    private static final int BIG = 0xFFFFFF;

    private InetAddresses() {
    }

    /**
     * The JDK address of 4 or 16 bytes: an {@code Inet4Address} for 4 bytes or an IPv4-mapped
     * address, otherwise an {@code Inet6Address}, scoped by {@code zone} when the zone gives a
     * non-zero index. The zone of an IPv4 address is ignored, as Go ignores it.
     */
    public static InetAddress of(byte[] addr, String zone) {
        try {
            InetAddress a = InetAddress.getByAddress(addr);
            if (a instanceof Inet6Address && !zone.isEmpty()) {
                int index = zoneIndex(zone);
                if (index != 0) {
                    return Inet6Address.getByAddress(null, addr, index);
                }
            }
            return a;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address of " + addr.length + " bytes", e);
        }
    }

    /**
     * Go's {@code ipv6ZoneCache.index}: the index of the interface named {@code zone}; else the
     * value of the decimal digits {@code zone} starts with (Go's {@code dtoi}, which stops at
     * 0xFFFFFF); else 0, no scope.
     */
    static int zoneIndex(String zone) {
        try {
            NetworkInterface nif = NetworkInterface.getByName(zone);
            if (nif != null && nif.getIndex() > 0) {
                return nif.getIndex();
            }
        } catch (SocketException e) {
            // the interface list is unreadable: fall back to the number, as Go does for a name it cannot find
        }
        int n = 0;
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            n = n * 10 + (c - '0');
            if (n >= BIG) {
                return BIG;
            }
        }
        return n;
    }
}
