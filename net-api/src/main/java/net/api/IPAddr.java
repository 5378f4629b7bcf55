package net.api;

import java.util.Optional;
import net.api.internal.Args;
import net.api.internal.IPParser;

/**
 * Go's {@code net.IPAddr}: the address of an IP end point. A {@code null} IP is Go's nil IP;
 * the zone is the IPv6 scope, "" when there is none.
 */
public record IPAddr(IP ip, String zone) implements Addr {

    public IPAddr {
        zone = zone == null ? "" : zone;
    }

    /** An address without a zone. */
    public IPAddr(IP ip) {
        this(ip, "");
    }

    /**
     * An IP address literal with an optional zone, read as Go's {@code netip.ParseAddr} reads it:
     * {@code "fe80::1%eth0"} gives {@code fe80::1} with zone {@code eth0}, the IP in its 16-byte
     * form. Empty when {@code text} is not an address literal; an IPv4 address with a zone, an
     * empty zone and a zone alone are not. Resolves no names.
     */
    public static Optional<IPAddr> parse(String text) {
        return IPParser.parseWithZone(Args.notNull(text, "text"));
    }

    @Override
    public String network() {
        return "ip";
    }

    /** Go's form: the IP, then {@code %zone} if there is one; "" for a nil IP. */
    @Override
    public String toString() {
        String s = ip == null ? "" : ip.toString();
        return zone.isEmpty() ? s : s + "%" + zone;
    }
}
