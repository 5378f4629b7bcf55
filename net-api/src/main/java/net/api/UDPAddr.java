package net.api;

import net.api.internal.HostPort;

/**
 * Go's {@code net.UDPAddr}: the address of a UDP end point. A {@code null} IP is Go's nil IP,
 * the wildcard address ({@code :80}); the zone is the IPv6 scope, "" when there is none.
 */
public record UDPAddr(IP ip, int port, String zone) implements Addr {

    public UDPAddr {
        zone = zone == null ? "" : zone;
    }

    /** An address without a zone. */
    public UDPAddr(IP ip, int port) {
        this(ip, port, "");
    }

    @Override
    public String network() {
        return "udp";
    }

    /** Go's form: {@code 127.0.0.1:80}, {@code [::1]:80}, {@code [fe80::1%eth0]:80}, {@code :80}. */
    @Override
    public String toString() {
        return HostPort.ipPortString(ip, zone, port);
    }
}
