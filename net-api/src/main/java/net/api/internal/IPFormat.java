package net.api.internal;

/**
 * The text of an IP address, as Go's {@code netip.Addr.AppendTo}: dotted decimal for 4 bytes,
 * RFC 5952 for 16 bytes (lowercase, no leading zeros, the longest run of two or more zero
 * groups written {@code ::}, the leftmost on a tie).
 */
public final class IPFormat {

    private IPFormat() {
    }

    /** Dotted decimal of the 4 bytes at {@code off}. */
    public static String dotted(byte[] b, int off) {
        StringBuilder sb = new StringBuilder(15);
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(b[off + i] & 0xff);
        }
        return sb.toString();
    }

    /** RFC 5952 text of 16 bytes, with no special case for IPv4-mapped addresses. */
    public static String ipv6(byte[] b) {
        int[] groups = new int[8];
        for (int g = 0; g < 8; g++) {
            groups[g] = ((b[2 * g] & 0xff) << 8) | (b[2 * g + 1] & 0xff);
        }
        int runStart = -1;
        int runLen = 1; // a run must be longer than this to be compressed: at least two groups
        for (int g = 0; g < 8; g++) {
            int end = g;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - g > runLen) {
                runStart = g;
                runLen = end - g;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int g = 0; g < 8; g++) {
            if (g == runStart) {
                sb.append("::");
                g += runLen;
                if (g >= 8) {
                    break;
                }
            } else if (g > 0) {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[g]));
        }
        return sb.toString();
    }
}
