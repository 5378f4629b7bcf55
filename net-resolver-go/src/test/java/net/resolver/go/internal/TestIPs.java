package net.resolver.go.internal;

import net.api.IP;
import net.api.Net;

/** Test addresses from literals, in the two forms Go's test tables use. */
final class TestIPs {

    private TestIPs() {
    }

    /** Go's {@code ParseIP}: IPv4 in its 16-byte IPv4-mapped form. */
    static IP parseIP(String literal) {
        return Net.parseIP(literal).orElseThrow(() -> new IllegalArgumentException("not an IP literal: " + literal));
    }

    /** Go's {@code netip.MustParseAddr}: a dotted IPv4 literal as 4 bytes, anything with a colon as 16. */
    static IP addr(String literal) {
        IP ip = parseIP(literal);
        return literal.contains(":") ? ip : ip.to4().orElseThrow();
    }
}
