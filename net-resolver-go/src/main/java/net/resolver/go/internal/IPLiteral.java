package net.resolver.go.internal;

import java.util.Optional;
import net.api.IPAddr;

/**
 * IP address literals in configuration files, read as Go's {@code netip.ParseAddr} reads them
 * and printed as {@code netip.Addr.String} prints them; {@code hosts.go}'s
 * {@code parseLiteralIP} and the {@code nameserver} check of {@code dnsconfig_unix.go} use them.
 * The parsing is net.api's ({@link IPAddr#parse}); what this class adds is netip's text, which
 * keeps an IPv4-mapped address written in IPv6 in its mapped form ({@code ::ffff:1.2.3.4})
 * where {@code net.IP}'s printing shows plain IPv4.
 */
public final class IPLiteral {

    private IPLiteral() {
    }

    /** Whether {@code s} is an IP address literal (zone allowed). */
    public static boolean isLiteral(String s) {
        return IPAddr.parse(s).isPresent();
    }

    /**
     * The canonical text of the literal {@code s}: dotted decimal for IPv4, RFC 5952 for IPv6,
     * {@code ::ffff:} and dotted decimal for IPv4-mapped IPv6, the zone kept. Empty when
     * {@code s} is not a literal.
     */
    public static Optional<String> canonical(String s) {
        return IPAddr.parse(s).map(a -> {
            String ip = a.ip().toString();
            if (writtenAsIPv6(s) && a.ip().to4().isPresent()) {
                ip = "::ffff:" + ip;
            }
            return a.zone().isEmpty() ? ip : ip + "%" + a.zone();
        });
    }

    /** Go decides between IPv4 and IPv6 text by whichever of '.' and ':' comes first. */
    private static boolean writtenAsIPv6(String s) {
        int dot = s.indexOf('.');
        int colon = s.indexOf(':');
        return colon >= 0 && (dot < 0 || colon < dot);
    }
}
