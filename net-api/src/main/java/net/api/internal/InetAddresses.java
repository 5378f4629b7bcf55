package net.api.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Conversion of an IP address and zone to the JDK's {@link InetAddress}, turning the zone into an
 * IPv6 scope id as Go turns it into an interface index: through the system's {@link ZoneCache}
 * (Go's {@code ipv6ZoneCache.index} in {@code interface.go}), by interface name, else by the
 * decimal digits it starts with.
 */
public final class InetAddresses {

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
                int index = InterfaceTable.system().zoneCache().index(zone);
                if (index != 0) {
                    return Inet6Address.getByAddress(null, addr, index);
                }
            }
            return a;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address of " + addr.length + " bytes", e);
        }
    }
}
