package net.api;

import net.api.internal.Args;
import net.api.internal.HostPort;

/**
 * Go's package {@code net} as static methods: {@code net.Dial} is {@code Net.dial},
 * {@code net.ParseIP} is {@code Net.parseIP}, and so on. Every method checks its arguments and
 * reports a bad one with Go's error and text.
 */
public final class Net {

    private Net() {
    }

    // ---- host:port (Go's ipsock.go) ----

    /**
     * Go's {@code JoinHostPort}: {@code host:port}, the host in brackets when it contains a colon,
     * as an IPv6 literal does ({@code [::1]:80}, {@code [fe80::1%eth0]:80}).
     */
    public static String joinHostPort(String host, String port) {
        return HostPort.join(Args.notNull(host, "host"), Args.notNull(port, "port"));
    }
}
