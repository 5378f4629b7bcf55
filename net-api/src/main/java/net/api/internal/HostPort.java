package net.api.internal;

import net.api.IP;

/** Host and port strings, as Go's {@code ipsock.go}: joining and splitting {@code host:port}. */
public final class HostPort {

    private HostPort() {
    }

    /**
     * Go's {@code JoinHostPort}: {@code host:port}, with the host in brackets when it contains
     * a colon (an IPv6 literal, with or without a zone).
     */
    public static String join(String host, String port) {
        if (host.indexOf(':') >= 0) {
            return "[" + host + "]:" + port;
        }
        return host + ":" + port;
    }

    /**
     * The string form of Go's {@code TCPAddr} and {@code UDPAddr}: a nil IP prints as "", a
     * zone follows a {@code %}.
     */
    public static String ipPortString(IP ip, String zone, int port) {
        String host = ip == null ? "" : ip.toString();
        if (!zone.isEmpty()) {
            host = host + "%" + zone;
        }
        return join(host, Integer.toString(port));
    }
}
