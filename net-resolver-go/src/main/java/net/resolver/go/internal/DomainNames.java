package net.resolver.go.internal;

/**
 * Go's {@code isDomainName} ({@code dnsclient.go}) for the DNS client, which asks DNS only about
 * names that pass it. {@code net.api} checks answers with its own port of the same function,
 * which this module cannot reach (it is in {@code net.api}'s internal package).
 */
final class DomainNames {

    private DomainNames() {
    }

    /**
     * Whether {@code s} is a presentation-format domain name as Go reads RFC 1035 and RFC 3696:
     * "." is; otherwise 1 to 253 characters, or 254 ending in a dot; labels of 1 to 63 letters,
     * digits, {@code _} and {@code -}, not starting or ending with {@code -}; and not all digits
     * and dots.
     */
    static boolean isDomainName(String s) {
        if (s.equals(".")) {
            return true;
        }
        int n = s.length();
        if (n == 0 || n > 254 || n == 254 && s.charAt(n - 1) != '.') {
            return false;
        }
        char last = '.';
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
                if (last == '.') {
                    return false;
                }
                nonNumeric = true;
                label++;
            } else if (c == '.') {
                if (last == '.' || last == '-' || label > 63 || label == 0) {
                    return false;
                }
                label = 0;
            } else {
                return false;
            }
            last = c;
        }
        return last != '-' && label <= 63 && nonNumeric;
    }
}
