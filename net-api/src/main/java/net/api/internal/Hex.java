package net.api.internal;

/**
 * Lowercase hexadecimal text of bytes, as Go's {@code hexString} in {@code ip.go} and the digit
 * table of {@code mac.go}: the form of {@code IPMask.String}, of an IP of a bad length, and of a
 * MAC address.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** The bytes as lowercase hex digits, two per byte, with no punctuation. */
    public static String of(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            append(sb, b);
        }
        return sb.toString();
    }

    /** Appends the byte as two lowercase hex digits. */
    public static void append(StringBuilder sb, byte b) {
        sb.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
    }

    /** The value of an ASCII hex digit (either case), or -1 for any other character. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
