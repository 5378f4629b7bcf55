package net.resolver.go.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.api.IP;

/** Test addresses from literals (no lookup: only IP literals are given to InetAddress). */
final class TestIPs {

    private TestIPs() {
    }

    /** Go's {@code ParseIP}: IPv4 in its 16-byte IPv4-mapped form. */
    static IP parseIP(String literal) {
        IP ip = addr(literal);
        byte[] b = ip.bytes();
        return b.length == 4 ? IP.v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff) : ip;
    }

    /** Go's {@code netip.MustParseAddr}: IPv4 as 4 bytes, IPv6 as 16. */
    static IP addr(String literal) {
        if (!literal.contains(":") && !literal.matches("[0-9.]+")) {
            throw new IllegalArgumentException("not an IP literal: " + literal);
        }
        try {
            return IP.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
