package net.resolver.go.internal;

import java.util.Optional;

/**
 * IP address literals in configuration files, as Go's {@code netip.ParseAddr} reads them and
 * {@code netip.Addr.String} prints them ({@code net/netip/netip.go}); {@code hosts.go}'s
 * {@code parseLiteralIP} and the {@code nameserver} check of {@code dnsconfig_unix.go} use them.
 *
 * <p>Dotted IPv4 is four decimal fields of 0 to 255 without leading zeros and never has a zone.
 * IPv6 is groups of one to four hex digits with at most one {@code ::} standing for at least one
 * zero group, optionally ending in dotted IPv4 for its last 32 bits, and optionally followed by
 * {@code %zone} with a non-empty zone. Whether the text is tried as IPv4 or IPv6 depends on which
 * of {@code .}, {@code :} and {@code %} comes first, as in Go. The canonical text keeps the
 * IPv4-mapped form ({@code ::ffff:1.2.3.4}), which Go's older {@code net.IP} printing does not.
 */
public final class IPLiteral {

    private static final int GROUPS = 8;

    private IPLiteral() {
    }

    /** Whether {@code s} is an IP address literal (zone allowed). */
    public static boolean isLiteral(String s) {
        return canonical(s).isPresent();
    }

    /**
     * The canonical text of the literal {@code s}: dotted decimal for IPv4, RFC 5952 for IPv6
     * (lowercase, no leading zeros, the first longest run of two or more zero groups written
     * {@code ::}), {@code ::ffff:} and dotted decimal for IPv4-mapped IPv6, the zone kept. Empty
     * when {@code s} is not a literal.
     */
    public static Optional<String> canonical(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                int[] v4 = new int[4];
                return dotted(s, v4) ? Optional.of(dottedText(v4)) : Optional.empty();
            }
            if (c == ':') {
                return ipv6(s);
            }
            if (c == '%') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Reads four dotted decimal fields into {@code out}; false unless {@code s} is exactly that. */
    private static boolean dotted(String s, int[] out) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            String p = parts[k];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return false;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return false;
            }
            out[k] = v;
        }
        return true;
    }

    private static Optional<String> ipv6(String s) {
        String addr = s;
        String zone = "";
        int pct = s.indexOf('%');
        if (pct >= 0) {
            addr = s.substring(0, pct);
            zone = s.substring(pct + 1);
            if (zone.isEmpty()) {
                return Optional.empty();
            }
        }
        int[] groups = new int[GROUPS];
        int gap = addr.indexOf("::");
        if (gap < 0) {
            if (groups(addr, groups) != GROUPS) {
                return Optional.empty();
            }
        } else {
            String head = addr.substring(0, gap);
            if (addr.indexOf("::", gap + 1) >= 0 || head.indexOf('.') >= 0) {
                return Optional.empty();
            }
            int[] tail = new int[GROUPS];
            int before = groups(head, groups);
            int after = groups(addr.substring(gap + 2), tail);
            if (before < 0 || after < 0 || before + after >= GROUPS) {
                return Optional.empty();
            }
            System.arraycopy(tail, 0, groups, GROUPS - after, after);
        }
        String text = isMapped(groups)
                ? "::ffff:" + dottedText(new int[] {groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff})
                : rfc5952(groups);
        return Optional.of(zone.isEmpty() ? text : text + "%" + zone);
    }

    /**
     * Reads the colon-separated groups of {@code part} into {@code out}, the last of which may be
     * dotted IPv4 standing for two groups. Returns the number of groups, or -1 when a group is
     * not one to four hex digits or there are more than eight.
     */
    private static int groups(String part, int[] out) {
        if (part.isEmpty()) {
            return 0;
        }
        String[] pieces = part.split(":", -1);
        int n = 0;
        for (int k = 0; k < pieces.length; k++) {
            String p = pieces[k];
            boolean last = k == pieces.length - 1;
            if (last && p.indexOf('.') >= 0) {
                int[] v4 = new int[4];
                if (n + 2 > GROUPS || !dotted(p, v4)) {
                    return -1;
                }
                out[n++] = v4[0] << 8 | v4[1];
                out[n++] = v4[2] << 8 | v4[3];
                return n;
            }
            int v = hexGroup(p);
            if (v < 0 || n == GROUPS) {
                return -1;
            }
            out[n++] = v;
        }
        return n;
    }

    private static int hexGroup(String p) {
        if (p.isEmpty() || p.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int j = 0; j < p.length(); j++) {
            char c = p.charAt(j);
            int d = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static boolean isMapped(int[] g) {
        for (int i = 0; i < 5; i++) {
            if (g[i] != 0) {
                return false;
            }
        }
        return g[5] == 0xffff;
    }

    private static String dottedText(int[] v4) {
        return v4[0] + "." + v4[1] + "." + v4[2] + "." + v4[3];
    }

    private static String rfc5952(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < GROUPS; i++) {
            int j = i;
            while (j < GROUPS && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLen) {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
