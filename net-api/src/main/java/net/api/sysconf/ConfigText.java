package net.api.sysconf;

import java.util.ArrayList;
import java.util.List;

/**
 * The small text routines Go's configuration readers share ({@code parse.go}): fields split on
 * ASCII white space, comment removal, trimming, ASCII-only lower case and Go's saturating decimal
 * reader. Shared by every module that reads the system's configuration files.
 */
public final class ConfigText {

    /** Where {@link #dtoi} stops counting, as Go's {@code big}. */
    public static final int BIG = 0xFFFFFF;

    private ConfigText() {
    }

    /** Whether {@code c} is one of the four bytes Go calls space: space, tab, CR and LF. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Go's {@code getFields}: the non-empty runs between spaces, tabs, CRs and LFs. */
    public static List<String> fields(String line) {
        return splitAtBytes(line, " \r\t\n");
    }

    /**
     * Go's {@code splitAtBytes}: the non-empty runs of {@code s} between any of the characters of
     * {@code separators}.
     */
    public static List<String> splitAtBytes(String s, String separators) {
        List<String> out = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            if (separators.indexOf(s.charAt(i)) >= 0) {
                if (last < i) {
                    out.add(s.substring(last, i));
                }
                last = i + 1;
            }
        }
        if (last < s.length()) {
            out.add(s.substring(last));
        }
        return out;
    }

    /** Go's {@code trimSpace}: {@code s} without leading and trailing spaces, tabs, CRs and LFs. */
    public static String trimSpace(String s) {
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
    public static String removeComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** {@code s} with only the ASCII letters A to Z lowered, as Go's {@code lowerASCIIBytes}. */
    public static String lowerASCII(String s) {
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
     * Go's {@code dtoi}: the value of the decimal digits at the start of {@code s} and where they
     * end. Not {@code ok} when there are none (value 0) or when the value reaches {@link #BIG}
     * (value {@link #BIG}).
     */
    public static Decimal dtoi(String s) {
        int n = 0;
        int i = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n >= BIG) {
                return new Decimal(BIG, i, false);
            }
        }
        return i == 0 ? new Decimal(0, 0, false) : new Decimal(n, i, true);
    }

    /** What {@link #dtoi} read: Go's three results. */
    public record Decimal(int value, int end, boolean ok) {
    }

    /** Whether {@code s} is longer than {@code max} bytes in UTF-8, as Go measures a string. */
    public static boolean longerThan(String s, int max) {
        return s.length() > max || s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max;
    }
}
