package net.resolver.go.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The small text routines Go's configuration readers share ({@code parse.go}): fields split on
 * ASCII white space, comment removal, trimming, ASCII-only lower case and Go's saturating decimal
 * reader.
 */
final class ConfigText {

    /** Where {@link #decimal} stops counting, as Go's {@code big}. */
    static final int BIG = 0xFFFFFF;

    private ConfigText() {
    }

    /** Whether {@code c} is one of the four bytes Go calls space: space, tab, CR and LF. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Go's {@code getFields}: the non-empty runs between spaces, tabs, CRs and LFs. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean sep = i == line.length() || isSpace(line.charAt(i));
            if (sep && start >= 0) {
                out.add(line.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Go's {@code trimSpace}: {@code s} without leading and trailing spaces, tabs, CRs and LFs. */
    static String trimSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Go's {@code removeComment}: {@code line} up to its first {@code #}. */
    static String removeComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** {@code s} with only the ASCII letters A to Z lowered, as Go's {@code lowerASCIIBytes}. */
    static String lowerASCII(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? s : new String(c);
    }

    /**
     * Go's {@code dtoi} as {@code dnsconfig_unix.go} uses it: the value of the leading decimal
     * digits of {@code s}, 0 when there are none, {@link #BIG} when the value reaches it.
     */
    static int decimal(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n >= BIG) {
                return BIG;
            }
        }
        return n;
    }
}
