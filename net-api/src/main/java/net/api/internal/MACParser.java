package net.api.internal;

import net.api.AddrException;
import net.api.HardwareAddr;

/**
 * The parser of hardware address text, as Go's {@code ParseMAC} ({@code mac.go}): 6, 8 or 20
 * octets (MAC-48, EUI-48, EUI-64, IP over InfiniBand) as hex pairs separated by {@code :} or
 * {@code -}, as groups of four hex digits separated by {@code .}, or as plain hex digits.
 */
public final class MACParser {

    private MACParser() {
    }

    /**
     * Go's {@code ParseMAC}.
     *
     * @throws AddrException {@code address s: invalid MAC address} when {@code s} is none of the
     *     forms, or has a length other than 6, 8 or 20 octets
     */
    public static HardwareAddr parse(String s) throws AddrException {
        byte[] hw = octets(s);
        if (hw == null) {
            throw new AddrException("invalid MAC address", s);
        }
        return HardwareAddr.of(hw);
    }

    private static byte[] octets(String s) {
        int len = s.length();
        if (len < 12) {
            return null;
        }
        char third = s.charAt(2);
        if (third == ':' || third == '-') {
            // xx:xx:xx:xx:xx:xx, the separator fixed by the first one
            if ((len + 1) % 3 != 0 || !validCount((len + 1) / 3)) {
                return null;
            }
            byte[] hw = new byte[(len + 1) / 3];
            for (int i = 0; i < hw.length; i++) {
                int at = 3 * i;
                if (at + 2 < len && s.charAt(at + 2) != third) {
                    return null;
                }
                if (!pair(s, at, hw, i)) {
                    return null;
                }
            }
            return hw;
        }
        if (s.charAt(4) == '.') {
            // xxxx.xxxx.xxxx
            if ((len + 1) % 5 != 0 || !validCount(2 * (len + 1) / 5)) {
                return null;
            }
            byte[] hw = new byte[2 * (len + 1) / 5];
            for (int i = 0; i < hw.length; i += 2) {
                int at = 5 * (i / 2);
                if (at + 4 < len && s.charAt(at + 4) != '.') {
                    return null;
                }
                if (!pair(s, at, hw, i) || !pair(s, at + 2, hw, i + 1)) {
                    return null;
                }
            }
            return hw;
        }
        // xxxxxxxxxxxx
        if (len % 2 != 0 || !validCount(len / 2)) {
            return null;
        }
        byte[] hw = new byte[len / 2];
        for (int i = 0; i < hw.length; i++) {
            if (!pair(s, 2 * i, hw, i)) {
                return null;
            }
        }
        return hw;
    }

    private static boolean validCount(int n) {
        return n == 6 || n == 8 || n == 20;
    }

    /** Reads the two hex digits at {@code at} into {@code out[i]}; false if either is not one. */
    private static boolean pair(String s, int at, byte[] out, int i) {
        int hi = Hex.digit(s.charAt(at));
        int lo = Hex.digit(s.charAt(at + 1));
        if (hi < 0 || lo < 0) {
            return false;
        }
        out[i] = (byte) (hi << 4 | lo);
        return true;
    }
}
