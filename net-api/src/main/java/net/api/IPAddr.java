package net.api;

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
