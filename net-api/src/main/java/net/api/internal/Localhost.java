package net.api.internal;

import java.util.List;
import net.api.IP;
import net.api.IPAddr;
import net.api.sysconf.ConfigText;

/**
 * The addresses of "localhost" when no resolver module is present, so that dialing and listening on
 * localhost work without one. The names are those that Linux's {@code myhostname} NSS module
 * answers for loopback and that Go's {@code isLocalhost} in {@code conf.go} lists: "localhost",
 * "localhost.localdomain" and any name ending in ".localhost" or ".localhost.localdomain", in any
 * letter case, with or without one final dot. They resolve to 127.0.0.1 and then ::1, the order of
 * Debian's {@code /etc/hosts}.
 */
public final class Localhost {

    private static final IPAddr V4 = new IPAddr(IP.v4(127, 0, 0, 1));
    private static final IPAddr V6 = new IPAddr(IP.IPV6_LOOPBACK);

    /** The text forms of the answers, in order, as Go's {@code LookupHost} returns them. */
    public static final List<String> HOST_ANSWERS = List.of("127.0.0.1", "::1");

    private Localhost() {
    }

    /** Whether {@code host} is one of the localhost names. */
    public static boolean is(String host) {
        String name = ConfigText.lowerASCII(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
        return name.equals("localhost") || name.equals("localhost.localdomain")
                || name.endsWith(".localhost") || name.endsWith(".localhost.localdomain");
    }

    /**
     * The loopback addresses for {@code network}: 127.0.0.1 and ::1, or only the one of the family
     * a network ending in '4' or '6' asks for ("tcp4", "ip6", …).
     */
    public static List<IPAddr> addrs(String network) {
        if (network.endsWith("4")) {
            return List.of(V4);
        }
        if (network.endsWith("6")) {
            return List.of(V6);
        }
        return List.of(V4, V6);
    }
}
