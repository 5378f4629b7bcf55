package net.api.internal;

import java.util.Arrays;
import java.util.Optional;

import net.api.IP;
import net.api.IPAddr;
import net.api.IPMask;
import net.api.IPNet;
import net.api.ParseException;
import net.api.ParsedCIDR;

/**
 * The parser of IP address text, as Go's {@code netip.ParseAddr} ({@code net/netip/netip.go}),
 * behind {@code ParseIP}, {@code ParseCIDR} and the literal-address step of address resolution.
 *
 * <p>IPv4 is exactly four dotted decimal fields of 0 to 255 without leading zeros. IPv6 is groups
 * of one to four hex digits separated by colons, at most one {@code ::} standing for at least one
 * zero group, optionally ending in an embedded IPv4 address in place of the last two groups, and
 * optionally followed by {@code %zone} with a non-empty zone. Which form is tried depends on the
 * first {@code .}, {@code :} or {@code %} in the text, as in Go.
 */
public final class IPParser {

    private IPParser() {
    }

    /**
     * A parsed address.
     *
     * @param addr16 the address in 16-byte form (IPv4 mapped into IPv6)
     * @param ipv4 whether the text was dotted IPv4 (Go's {@code Is4}); IPv4-mapped IPv6 text is not
     * @param zone the IPv6 zone, "" when there is none
     */
    record Parsed(byte[] addr16, boolean ipv4, String zone) {
    }

    /**
     * Go's {@code ParseIP}: the address in 16-byte form, or empty when {@code s} is not an IPv4 or
     * IPv6 address, or carries a zone.
     */
    public static Optional<IP> parseIP(String s) {
        Parsed p = parse(s);
        if (p == null || !p.zone().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IP.of(p.addr16()));
    }

    /**
     * An IP address literal with an optional zone, as address resolution reads one (Go's
     * {@code netip.ParseAddr} in {@code lookupIPAddr}): {@code "fe80::1%eth0"} gives
     * {@code fe80::1} and zone {@code eth0}; the IP is in 16-byte form, the zone "" when there is
     * none. Empty when {@code s} is not an address literal: an IPv4 address with a zone, an empty
     * zone ({@code "fe80::1%"}) and a zone alone ({@code "%eth0"}) are not.
     */
    public static Optional<IPAddr> parseWithZone(String s) {
        Parsed p = parse(s);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new IPAddr(IP.of(p.addr16()), p.zone()));
    }

    /**
     * Go's {@code ParseCIDR}: {@code addr/prefix}, split at the first {@code /}; the address has
     * no zone and the prefix is decimal digits only, at most 32 for IPv4 text and 128 for IPv6
     * text (IPv4-mapped included).
     *
     * @throws ParseException {@code invalid CIDR address: s} when {@code s} is not one
     */
    public static ParsedCIDR parseCIDR(String s) throws ParseException {
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new ParseException("CIDR address", s);
        }
        Parsed p = parse(s.substring(0, slash));
        if (p == null || !p.zone().isEmpty()) {
            throw new ParseException("CIDR address", s);
        }
        int bits = p.ipv4() ? 32 : 128;
        int ones = prefixLength(s, slash + 1, bits);
        if (ones < 0) {
            throw new ParseException("CIDR address", s);
        }
        IPMask mask = IPMask.cidr(ones, bits).orElseThrow();
        IP ip = IP.of(p.addr16());
        return new ParsedCIDR(ip, new IPNet(ip.mask(mask).orElseThrow(), mask));
    }

    /**
     * The decimal prefix length in {@code s} from {@code from} to the end, or -1 when it is
     * empty, has a character other than a digit, or exceeds {@code max}. Leading zeros are
     * allowed, as Go's {@code dtoi} allows them.
     */
    private static int prefixLength(String s, int from, int max) {
        if (from == s.length()) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
            if (n > max) {
                return -1;
            }
        }
        return n;
    }

    /** Go's {@code netip.ParseAddr}: the parsed address, or null when {@code s} is not one. */
    static Parsed parse(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '.':
                    return parseIPv4(s);
                case ':':
                    return parseIPv6(s);
                case '%':
                    return null; // a zone with no address before it
                default:
                    break;
            }
        }
        return null;
    }

    private static Parsed parseIPv4(String s) {
        byte[] ip = new byte[16];
        ip[10] = (byte) 0xff;
        ip[11] = (byte) 0xff;
        if (!ipv4Fields(s, 0, s.length(), ip, 12)) {
            return null;
        }
        return new Parsed(ip, true, "");
    }

    /**
     * Parses {@code s[from, to)} as four dotted decimal fields into {@code out[at, at+4)}; false
     * when a field is empty, has a leading zero, exceeds 255, or there are not exactly four.
     */
    private static boolean ipv4Fields(String s, int from, int to, byte[] out, int at) {
        int val = 0;
        int digits = 0;
        int field = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && val == 0) {
                    return false; // leading zero
                }
                val = val * 10 + (c - '0');
                digits++;
                if (val > 255) {
                    return false;
                }
            } else if (c == '.') {
                if (i == from || i == to - 1 || s.charAt(i - 1) == '.') {
                    return false; // empty field
                }
                if (field == 3) {
                    return false; // more than four fields
                }
                out[at + field++] = (byte) val;
                val = 0;
                digits = 0;
            } else {
                return false;
            }
        }
        if (field < 3) {
            return false;
        }
        out[at + 3] = (byte) val;
        return true;
    }

    private static Parsed parseIPv6(String in) {
        int end = in.length();
        String zone = "";
        int pct = in.indexOf('%');
        if (pct >= 0) {
            zone = in.substring(pct + 1);
            if (zone.isEmpty()) {
                return null;
            }
            end = pct;
        }
        byte[] ip = new byte[16];
        int ellipsis = -1; // byte index in ip where "::" stands
        int p = 0;
        if (end >= 2 && in.charAt(0) == ':' && in.charAt(1) == ':') {
            ellipsis = 0;
            p = 2;
            if (p == end) {
                return new Parsed(ip, false, zone);
            }
        }
        int i = 0;
        while (i < 16) {
            int digits = 0;
            int acc = 0;
            while (p + digits < end) {
                int d = Hex.digit(in.charAt(p + digits));
                if (d < 0) {
                    break;
                }
                acc = (acc << 4) | d;
                if (digits > 3) {
                    return null; // more than four hex digits in a group
                }
                digits++;
            }
            if (digits == 0) {
                return null;
            }
            if (p + digits < end && in.charAt(p + digits) == '.') {
                // an embedded IPv4 address: only as the last 32 bits
                if (ellipsis < 0 && i != 12) {
                    return null;
                }
                if (i + 4 > 16) {
                    return null;
                }
                if (!ipv4Fields(in, p, end, ip, i)) {
                    return null;
                }
                p = end;
                i += 4;
                break;
            }
            ip[i] = (byte) (acc >> 8);
            ip[i + 1] = (byte) acc;
            i += 2;
            p += digits;
            if (p == end) {
                break;
            }
            if (in.charAt(p) != ':' || p + 1 == end) {
                return null;
            }
            p++;
            if (in.charAt(p) == ':') {
                if (ellipsis >= 0) {
                    return null; // a second "::"
                }
                ellipsis = i;
                p++;
                if (p == end) {
                    break;
                }
            }
        }
        if (p != end) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            System.arraycopy(ip, ellipsis, ip, ellipsis + n, i - ellipsis);
            Arrays.fill(ip, ellipsis, ellipsis + n, (byte) 0);
        } else if (ellipsis >= 0) {
            return null; // "::" must stand for at least one group
        }
        return new Parsed(ip, false, zone);
    }
}
