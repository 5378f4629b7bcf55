package net.resolver.go.internal;

import java.util.Optional;
import net.api.DNSException;
import net.api.IP;
import net.api.Net;

/**
 * The name that a reverse (PTR) lookup asks for, Go's {@code reverseaddr} ({@code dnsclient.go}):
 * {@code d.c.b.a.in-addr.arpa.} for IPv4 and the 32 nibbles of an IPv6 address, lowest first,
 * then {@code ip6.arpa.}.
 */
final class ReverseAddr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ReverseAddr() {
    }

    /**
     * The reverse name of the IP literal {@code addr} (as {@link Net#parseIP} reads it).
     *
     * @throws DNSException {@code unrecognized address} when {@code addr} is not one
     */
    static String of(String addr) throws DNSException {
        Optional<IP> parsed = Net.parseIP(addr);
        if (parsed.isEmpty()) {
            throw new DNSException("unrecognized address", addr, "", false, false, false);
        }
        IP ip = parsed.get();
        Optional<IP> v4 = ip.to4();
        if (v4.isPresent()) {
            byte[] b = v4.get().bytes();
            return (b[3] & 0xff) + "." + (b[2] & 0xff) + "." + (b[1] & 0xff) + "." + (b[0] & 0xff) + ".in-addr.arpa.";
        }
        byte[] b = ip.bytes();
        StringBuilder sb = new StringBuilder(b.length * 4 + "ip6.arpa.".length());
        for (int i = b.length - 1; i >= 0; i--) {
            sb.append(HEX[b[i] & 0xf]).append('.').append(HEX[(b[i] >> 4) & 0xf]).append('.');
        }
        return sb.append("ip6.arpa.").toString();
    }
}
