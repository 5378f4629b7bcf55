package net.api.internal;

import java.util.Arrays;
import java.util.List;
import net.api.Addr;
import net.api.IP;
import net.api.Net;
import net.api.TCPAddr;

/** Addresses for the tests, from IP literals. */
final class TestAddrs {

    /** Go's blackholed benchmark addresses of dial_test.go: data only, no test sends to them. */
    static final String SLOW_DST4 = "198.18.0.254";
    static final String SLOW_DST6 = "2001:2::254";

    private TestAddrs() {
    }

    static IP ip(String literal) {
        return Net.parseIP(literal).orElseThrow(() -> new IllegalArgumentException(literal));
    }

    static TCPAddr tcp(String literal, int port) {
        return new TCPAddr(ip(literal), port);
    }

    /** TCP addresses on port 80, one per literal. */
    static List<Addr> tcps(String... literals) {
        return Arrays.stream(literals).<Addr>map(l -> tcp(l, 80)).toList();
    }
}
