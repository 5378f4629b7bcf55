package net.resolver.go.internal;

import net.api.IP;

/**
 * The few {@code net.IP} predicates that address selection needs (Go's {@code ip.go}), until
 * {@link IP} offers them itself.
 */
final class IpBytes {

    private IpBytes() {
    }

    /** Go's {@code To4}: the 4-byte form of an IPv4 address (plain or IPv4-mapped), else {@code null}. */
    static IP to4(IP ip) {
        byte[] b = ip.bytes();
        if (b.length == 4) {
            return ip;
        }
        if (b.length != 16) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        if (b[10] != (byte) 0xff || b[11] != (byte) 0xff) {
            return null;
        }
        return IP.of(new byte[] {b[12], b[13], b[14], b[15]});
    }

    /** Go's {@code To16} for a valid address: 16 bytes, IPv4 in its IPv4-mapped form. */
    static byte[] to16(IP ip) {
        byte[] b = ip.bytes();
        if (b.length == 16) {
            return b;
        }
        return IP.v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff).bytes();
    }

    /** Go's {@code IsLoopback}: 127.0.0.0/8 or ::1. */
    static boolean isLoopback(IP ip) {
        IP v4 = to4(ip);
        if (v4 != null) {
            return v4.bytes()[0] == 127;
        }
        byte[] b = ip.bytes();
        if (b.length != 16) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 1;
    }

    /** Go's {@code IsLinkLocalUnicast}: 169.254.0.0/16 or fe80::/10. */
    static boolean isLinkLocalUnicast(IP ip) {
        IP v4 = to4(ip);
        if (v4 != null) {
            byte[] b = v4.bytes();
            return b[0] == (byte) 169 && b[1] == (byte) 254;
        }
        byte[] b = ip.bytes();
        return b.length == 16 && b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0x80;
    }
}
