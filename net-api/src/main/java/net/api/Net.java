package net.api;

import java.util.Optional;

import net.api.internal.Args;
import net.api.internal.HostPort;
import net.api.internal.IPParser;
import net.api.internal.MACParser;

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

    // ---- IP addresses, masks, CIDR and MAC (Go's ip.go, mac.go) ----

    /**
     * Go's {@code ParseIP}: the address in dotted IPv4 ({@code 192.0.2.1}), IPv6
     * ({@code 2001:db8::68}) or IPv4-mapped IPv6 ({@code ::ffff:192.0.2.1}) text, always in
     * 16-byte form; empty when {@code s} is not one. IPv4 fields may not have leading zeros, IPv6
     * groups have one to four hex digits, and an address with a zone ({@code fe80::1%eth0}) is
     * rejected.
     */
    public static Optional<IP> parseIP(String s) {
        return IPParser.parseIP(Args.notNull(s, "s"));
    }

    /** Go's {@code IPv4(a, b, c, d)}: the 16-byte form of a.b.c.d; see {@link IP#v4}. */
    public static IP ipv4(int a, int b, int c, int d) {
        return IP.v4(a, b, c, d);
    }

    /** Go's {@code IPv4Mask(a, b, c, d)}: the 4-byte mask a.b.c.d; see {@link IPMask#v4}. */
    public static IPMask ipv4Mask(int a, int b, int c, int d) {
        return IPMask.v4(a, b, c, d);
    }

    /**
     * Go's {@code CIDRMask(ones, bits)}: {@code ones} one bits then zeros, {@code bits} long;
     * empty unless {@code bits} is 32 or 128 and {@code 0 <= ones <= bits}.
     */
    public static Optional<IPMask> cidrMask(int ones, int bits) {
        return IPMask.cidr(ones, bits);
    }

    /**
     * Go's {@code ParseCIDR}: the address and network of CIDR text such as {@code 192.0.2.1/24}
     * (giving 192.0.2.1 and 192.0.2.0/24) or {@code 2001:db8::/32}. The address is read as
     * {@link #parseIP} reads it; the prefix is decimal, at most 32 for IPv4 and 128 for IPv6.
     *
     * @throws ParseException {@code invalid CIDR address: s} when {@code s} is not CIDR text
     */
    public static ParsedCIDR parseCIDR(String s) throws ParseException {
        return IPParser.parseCIDR(Args.notNull(s, "s"));
    }

    /**
     * Go's {@code ParseMAC}: a MAC-48, EUI-48, EUI-64 or 20-octet IP over InfiniBand address in
     * one of the forms {@code 00:00:5e:00:53:01}, {@code 00-00-5e-00-53-01},
     * {@code 0000.5e00.5301} or {@code 00005e005301} (hex digits in either case).
     *
     * @throws AddrException {@code address s: invalid MAC address} when {@code s} is not one
     */
    public static HardwareAddr parseMAC(String s) throws AddrException {
        return MACParser.parse(Args.notNull(s, "s"));
    }
}
