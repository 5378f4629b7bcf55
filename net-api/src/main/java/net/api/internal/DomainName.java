package net.api.internal;

/**
 * The check that a name is a presentation-format domain name, as Go's {@code isDomainName} in
 * {@code dnsclient.go}; lookups drop answers whose names fail it.
 */
public final class DomainName {

    private DomainName() {
    }

    /**
     * Whether {@code s} is a domain name: labels of letters, digits, '_' and '-' (not at a label's
     * end, nor at its start), 1 to 63 characters each, separated by single dots, 253 characters
     * at most (254 with a final dot), not all digits; "." (the root) is one too.
     */
    public static boolean isValid(String s) {
        if (s.equals(".")) {
            return true;
        }
        int length = s.length();
        if (length == 0 || length > 254 || length == 254 && s.charAt(length - 1) != '.') {
            return false;
        }
        char last = '.';
        boolean nonNumeric = false;
        int labelLength = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                nonNumeric = true;
                labelLength++;
            } else if (c >= '0' && c <= '9') {
                labelLength++;
            } else if (c == '-') {
                if (last == '.') {
                    return false;
                }
                labelLength++;
                nonNumeric = true;
            } else if (c == '.') {
                if (last == '.' || last == '-' || labelLength > 63 || labelLength == 0) {
                    return false;
                }
                labelLength = 0;
            } else {
                return false;
            }
            last = c;
        }
        return last != '-' && labelLength <= 63 && nonNumeric;
    }
}
