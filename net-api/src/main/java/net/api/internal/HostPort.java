package net.api.internal;

import net.api.AddrException;
import net.api.HostAndPort;
import net.api.IP;

/** Host and port strings, as Go's {@code ipsock.go}: joining and splitting {@code host:port}. */
public final class HostPort {

    private static final String MISSING_PORT = "missing port in address";
    private static final String TOO_MANY_COLONS = "too many colons in address";

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

    /**
     * Go's {@code SplitHostPort}: splits {@code host:port}, {@code host%zone:port},
     * {@code [host]:port} or {@code [host%zone]:port} at the last colon. A host with a colon must
     * be in brackets. Errors are Go's, each naming the whole input.
     */
    public static HostAndPort split(String hostport) throws AddrException {
        int lastColon = hostport.lastIndexOf(':');
        if (lastColon < 0) {
            throw new AddrException(MISSING_PORT, hostport);
        }
        String host;
        int noOpenFrom = 0;
        int noCloseFrom = 0;
        if (hostport.charAt(0) == '[') {
            int close = hostport.indexOf(']');
            if (close < 0) {
                throw new AddrException("missing ']' in address", hostport);
            }
            if (close + 1 == hostport.length()) {
                throw new AddrException(MISSING_PORT, hostport);
            }
            if (close + 1 != lastColon) {
                // The ']' is followed by something other than the last colon.
                throw new AddrException(hostport.charAt(close + 1) == ':' ? TOO_MANY_COLONS : MISSING_PORT, hostport);
            }
            host = hostport.substring(1, close);
            noOpenFrom = 1;
            noCloseFrom = close + 1;
        } else {
            host = hostport.substring(0, lastColon);
            if (host.indexOf(':') >= 0) {
                throw new AddrException(TOO_MANY_COLONS, hostport);
            }
        }
        if (hostport.indexOf('[', noOpenFrom) >= 0) {
            throw new AddrException("unexpected '[' in address", hostport);
        }
        if (hostport.indexOf(']', noCloseFrom) >= 0) {
            throw new AddrException("unexpected ']' in address", hostport);
        }
        return new HostAndPort(host, hostport.substring(lastColon + 1));
    }
}
