package net.api.internal;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.api.Addr;
import net.api.IP;
import net.api.IPAddr;
import net.api.sysconf.ConfigFile;
import net.api.sysconf.ConfigText;

/**
 * The multicast groups Linux lists in {@code /proc/net/igmp} and {@code /proc/net/igmp6}, read
 * as Go's {@code parseProcNetIGMP} and {@code parseProcNetIGMP6} in {@code interface_linux.go}
 * read them (lines and fields through {@link ConfigFile} and {@link ConfigText}, Go's
 * {@code parse.go}). A file that cannot be read yields no groups, as in Go.
 */
final class ProcNetIGMP {

    private ProcNetIGMP() {
    }

    /**
     * The IPv4 groups of {@code /proc/net/igmp}: after a heading line, a line per interface
     * ({@code 2\teth0      :     2      V2}) followed by indented lines whose first field is
     * a group in 8 hex digits, the address as a 32-bit number in the machine's byte order.
     *
     * @param name the interface whose groups to return, or null for every interface's
     */
    static List<Addr> parseIGMP(Path path, String name) {
        List<String> lines = ConfigFile.lines(path);
        List<Addr> groups = new ArrayList<>();
        String current = null;
        byte[] b = new byte[4];
        for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> f = ConfigText.splitAtBytes(l, " :\r\t\n");
            if (f.size() < 4) {
                continue;
            }
            if (l.charAt(0) != ' ' && l.charAt(0) != '\t') {
                current = f.get(1);
            } else if (f.get(0).length() == 8 && (name == null || name.equals(current))) {
                hexBytes(f.get(0), b);
                groups.add(new IPAddr(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                        ? IP.v4(b[3] & 0xff, b[2] & 0xff, b[1] & 0xff, b[0] & 0xff)
                        : IP.v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff)));
            }
        }
        return groups;
    }

    /**
     * The IPv6 groups of {@code /proc/net/igmp6}: a line per group, index, interface name,
     * then the group in 32 hex digits, then at least three more fields.
     *
     * @param name the interface whose groups to return, or null for every interface's
     */
    static List<Addr> parseIGMP6(Path path, String name) {
        List<Addr> groups = new ArrayList<>();
        // One buffer for every line, as Go's: a short hex field keeps the previous line's tail.
        byte[] b = new byte[16];
        for (String l : ConfigFile.lines(path)) {
            List<String> f = ConfigText.fields(l);
            if (f.size() < 6) {
                continue;
            }
            if (name == null || name.equals(f.get(1))) {
                hexBytes(f.get(2), b);
                groups.add(new IPAddr(IP.of(b)));
            }
        }
        return groups;
    }

    /**
     * Fills {@code b} from pairs of hex digits, as Go's loop over {@code xtoi2}: a pair's value
     * is that of its leading hex digits (0 if none); pairs beyond {@code b} are ignored (Go
     * would fail on them); a trailing odd digit is skipped.
     */
    private static void hexBytes(String hex, byte[] b) {
        for (int i = 0; i + 1 < hex.length() && i / 2 < b.length; i += 2) {
            int hi = Hex.digit(hex.charAt(i));
            int lo = Hex.digit(hex.charAt(i + 1));
            b[i / 2] = (byte) (hi < 0 ? 0 : lo < 0 ? hi : hi * 16 + lo);
        }
    }
}
