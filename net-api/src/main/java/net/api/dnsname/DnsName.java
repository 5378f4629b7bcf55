package net.api.dnsname;

import net.api.internal.Args;

/**
 * The presentation-format domain-name check of Go's {@code dnsclient.go} ({@code isDomainName}):
 * which names a lookup may send and which names in an answer are believable.
 */
public final class DnsName {

    /** The longest name in presentation format without its trailing dot (255 octets on the wire). */
    private static final int MAX_NAME = 253;

    /** The longest label. */
    private static final int MAX_LABEL = 63;

    private DnsName() {
    }

    /**
     * Go's {@code isDomainName}: whether {@code s} is a domain name in presentation format, by
     * RFC 1035 and RFC 3696 as Go reads them. The root "." is one; otherwise the name has at most
     * 253 characters, or 254 when the last is the optional terminal dot; labels are 1 to 63
     * characters of letters, digits, hyphens and underscores (Go allows {@code _} for SRV-style
     * names); a label neither starts nor ends with a hyphen; and at least one character of the
     * name is not a digit or a dot, so that an IPv4 literal is not a name. A {@code null} is an
     * {@link IllegalArgumentException}.
     */
    public static boolean isDomainName(String s) {
        Args.notNull(s, "s");
        if (s.equals(".")) {
            return true;
        }
        int n = s.length();
        if (n == 0 || n > MAX_NAME + 1 || n == MAX_NAME + 1 && s.charAt(n - 1) != '.') {
            return false;
        }
        char previous = '.';
        boolean nonNumeric = false;
        int label = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                nonNumeric = true;
                label++;
            } else if (c >= '0' && c <= '9') {
                label++;
            } else if (c == '-') {
                if (previous == '.') {
                    return false;
                }
                nonNumeric = true;
                label++;
            } else if (c == '.') {
                if (previous == '.' || previous == '-' || label > MAX_LABEL) {
                    return false;
                }
                label = 0;
            } else {
                return false;
            }
            previous = c;
        }
        return previous != '-' && label <= MAX_LABEL && nonNumeric;
    }
}
