package net.api;

import java.util.Arrays;

import net.api.internal.Args;

/**
 * Go's {@code net.IPNet} ({@code ip.go}): an IP network, an address and a mask. Its network name
 * is {@code ip+net}. Go's nil IP or mask is an empty {@link IP} or {@link IPMask}.
 *
 * @param ip the network number
 * @param mask the network mask
 */
public record IPNet(IP ip, IPMask mask) implements Addr {

    public IPNet {
        Args.notNull(ip, "ip");
        Args.notNull(mask, "mask");
    }

    @Override
    public String network() {
        return "ip+net";
    }

    /**
     * Go's {@code Contains}: whether the network includes {@code x}. An IPv4 network matches an
     * IPv4 address in either length; an IPv6 network never matches an IPv4-mapped address. A
     * network whose address and mask do not fit together contains only the empty IP, as in Go
     * (where its network number is nil, of the nil IP's length).
     */
    public boolean contains(IP x) {
        Args.notNull(x, "x");
        byte[] probe = x.to4().orElse(x).bytes();
        IPNet n = networkNumberAndMask();
        if (n == null) {
            return probe.length == 0;
        }
        byte[] nn = n.ip.bytes();
        byte[] m = n.mask.bytes();
        if (probe.length != nn.length) {
            return false;
        }
        for (int i = 0; i < probe.length; i++) {
            if ((nn[i] & m[i]) != (probe[i] & m[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Go's {@code String}: CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/48}); the mask
     * in hex when it is not ones followed by zeros ({@code 198.51.100.0/c000ff00});
     * {@code <nil>} when the address and mask do not fit together.
     */
    @Override
    public String toString() {
        IPNet n = networkNumberAndMask();
        if (n == null) {
            return "<nil>";
        }
        int ones = n.mask.prefixLength();
        return n.ip + "/" + (ones < 0 ? n.mask.toString() : Integer.toString(ones));
    }

    /**
     * Go's {@code networkNumberAndMask}: the network with an IPv4 address in 4 bytes and the mask
     * cut to the address's length, or null when they do not fit together (an address of a bad
     * length, a 4-byte mask with an IPv6 address, a mask of a bad length).
     */
    IPNet networkNumberAndMask() {
        IP nn = ip.to4().orElse(ip);
        if (nn.length() != IP.IPV4_LEN && nn.length() != IP.IPV6_LEN) {
            return null;
        }
        IPMask m = mask;
        switch (m.length()) {
            case IP.IPV4_LEN:
                if (nn.length() != IP.IPV4_LEN) {
                    return null;
                }
                break;
            case IP.IPV6_LEN:
                if (nn.length() == IP.IPV4_LEN) {
                    m = IPMask.of(Arrays.copyOfRange(m.bytes(), 12, 16));
                }
                break;
            default:
                return null;
        }
        return new IPNet(nn, m);
    }
}
