package net.api.internal;

import net.api.IP;
import net.api.IPAddr;

/**
 * Placeholder for the IP literal parser of the "ip" branch (Go's {@code netip.ParseAddr}); it is
 * replaced by that parser when the branch is merged.
 */
final class LiteralPlaceholder {

    private LiteralPlaceholder() {
    }

    /** The address {@code s} spells in 16-byte form, with its zone, or null if it is not a literal. */
    static IPAddr parse(String s) {
        int percent = s.indexOf('%');
        String zone = "";
        String text = s;
        if (percent >= 0) {
            zone = s.substring(percent + 1);
            text = s.substring(0, percent);
            if (zone.isEmpty() || text.indexOf(':') < 0) {
                return null;
            }
        }
        byte[] bytes = text.indexOf(':') >= 0 ? v6(text) : v4(text, new byte[16], 12);
        if (bytes == null) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            bytes[10] = (byte) 0xff;
            bytes[11] = (byte) 0xff;
        }
        return new IPAddr(IP.of(bytes), zone);
    }

    private static byte[] v4(String s, byte[] out, int at) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0' || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[at + i] = (byte) v;
        }
        return out;
    }

    private static byte[] v6(String s) {
        byte[] out = new byte[16];
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        byte[] front = new byte[16];
        int n = groups(head, front, 0, gap < 0 ? 16 : 14);
        if (n < 0) {
            return null;
        }
        if (gap < 0) {
            return n == 16 ? front : null;
        }
        byte[] back = new byte[16];
        int m = groups(tail, back, 0, 14 - n);
        if (m < 0) {
            return null;
        }
        System.arraycopy(front, 0, out, 0, n);
        System.arraycopy(back, 0, out, 16 - m, m);
        return out;
    }

    /** Parses colon-separated groups (the last may be dotted IPv4) into out; the bytes written, or -1. */
    private static int groups(String s, byte[] out, int at, int max) {
        if (s.isEmpty()) {
            return 0;
        }
        String[] parts = s.split(":", -1);
        int n = at;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                if (n + 4 > max || v4(p, out, n) == null) {
                    return -1;
                }
                return n + 4;
            }
            if (p.isEmpty() || p.length() > 4 || n + 2 > max) {
                return -1;
            }
            int v = 0;
            for (char c : p.toCharArray()) {
                int d = c < 128 ? Character.digit(c, 16) : -1;
                if (d < 0) {
                    return -1;
                }
                v = v * 16 + d;
            }
            out[n++] = (byte) (v >> 8);
            out[n++] = (byte) v;
        }
        return n;
    }
}
