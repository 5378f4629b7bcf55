package net.api.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Small text helpers for reading system tables, as Go's {@code parse.go}: fields split at ASCII
 * white space ({@code getFields}), a decimal prefix ({@code dtoi}), ASCII lower case
 * ({@code lowerASCII}) and the byte length Go measures names in.
 */
public final class Fields {

    /** Go's {@code big}: {@link #decimal} gives up at this value. */
    private static final int BIG = 0xFFFFFF;

    private Fields() {
    }

    /** A decimal prefix: its value and the number of characters it took. */
    public record Number(int value, int end) {
    }

    /** Go's {@code getFields}: the non-empty runs between spaces, tabs, carriage returns and newlines. */
    public static List<String> of(String line) {
        List<String> fields = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean separator = i == line.length() || isSpace(line.charAt(i));
            if (separator && start >= 0) {
                fields.add(line.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return fields;
    }

    /**
     * Go's {@code dtoi}: the decimal number at the start of {@code s}, or {@code null} if there is
     * no digit there or the number reaches 0xFFFFFF.
     */
    public static Number decimal(String s) {
        int n = 0;
        int i = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n >= BIG) {
                return null;
            }
        }
        return i == 0 ? null : new Number(n, i);
    }

    /** {@code s} with ASCII upper-case letters made lower case, and every other character kept. */
    public static String lowerAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** Whether {@code s} is longer than {@code max} bytes in UTF-8, as Go measures a string. */
    public static boolean longerThan(String s, int max) {
        return s.length() > max || s.getBytes(StandardCharsets.UTF_8).length > max;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
