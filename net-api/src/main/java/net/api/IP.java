package net.api;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

import net.api.internal.Args;
import net.api.internal.Hex;
import net.api.internal.IPFormat;
import net.api.internal.IPParser;
import net.api.internal.InetAddresses;

/**
 * Go's {@code net.IP} ({@code ip.go}): an IPv4 or IPv6 address, 4 or 16 bytes long, as Go keeps
 * it (an IPv4 address is usually held in its 16-byte IPv4-mapped form). Immutable; any other
 * length is kept, as Go keeps it, and prints as {@code ?} and hex. An empty IP is Go's nil IP.
 */
public final class IP {

    /** Go's {@code IPv4len}: the byte length of an IPv4 address. */
    public static final int IPV4_LEN = 4;
    /** Go's {@code IPv6len}: the byte length of an IPv6 address. */
    public static final int IPV6_LEN = 16;

    /** Go's {@code IPv4bcast}: 255.255.255.255, the limited broadcast address. */
    public static final IP IPV4_BCAST = v4(255, 255, 255, 255);
    /** Go's {@code IPv4allsys}: 224.0.0.1, all systems. */
    public static final IP IPV4_ALLSYS = v4(224, 0, 0, 1);
    /** Go's {@code IPv4allrouter}: 224.0.0.2, all routers. */
    public static final IP IPV4_ALLROUTER = v4(224, 0, 0, 2);
    /** Go's {@code IPv4zero}: 0.0.0.0. */
    public static final IP IPV4_ZERO = v4(0, 0, 0, 0);
    /** Go's {@code IPv6zero}: {@code ::}. */
    public static final IP IPV6_ZERO = new IP(new byte[16]);
    /** Go's {@code IPv6unspecified}: {@code ::}. */
    public static final IP IPV6_UNSPECIFIED = new IP(new byte[16]);
    /** Go's {@code IPv6loopback}: {@code ::1}. */
    public static final IP IPV6_LOOPBACK = v6WithEnds(0, 0, 1);
    /** Go's {@code IPv6interfacelocalallnodes}: {@code ff01::1}. */
    public static final IP IPV6_INTERFACELOCALALLNODES = v6WithEnds(0xff, 0x01, 1);
    /** Go's {@code IPv6linklocalallnodes}: {@code ff02::1}. */
    public static final IP IPV6_LINKLOCALALLNODES = v6WithEnds(0xff, 0x02, 1);
    /** Go's {@code IPv6linklocalallrouters}: {@code ff02::2}. */
    public static final IP IPV6_LINKLOCALALLROUTERS = v6WithEnds(0xff, 0x02, 2);

    private final byte[] bytes;

    private IP(byte[] bytes) {
        this.bytes = bytes;
    }

    private static IP v6WithEnds(int b0, int b1, int b15) {
        byte[] p = new byte[16];
        p[0] = (byte) b0;
        p[1] = (byte) b1;
        p[15] = (byte) b15;
        return new IP(p);
    }

    /** The address with these bytes, copied; any length is kept, as Go keeps it. */
    public static IP of(byte[] bytes) {
        return new IP(Args.notNull(bytes, "bytes").clone());
    }

    /**
     * Go's {@code IPv4(a, b, c, d)}: the 16-byte IPv4-mapped form of a.b.c.d. Each part must be
     * in [0, 255].
     */
    public static IP v4(int a, int b, int c, int d) {
        byte[] p = new byte[16];
        p[10] = (byte) 0xff;
        p[11] = (byte) 0xff;
        p[12] = (byte) Args.inRange(a, 0, 255, "a");
        p[13] = (byte) Args.inRange(b, 0, 255, "b");
        p[14] = (byte) Args.inRange(c, 0, 255, "c");
        p[15] = (byte) Args.inRange(d, 0, 255, "d");
        return new IP(p);
    }

    /** The number of bytes: 4, 16, 0 for Go's nil IP, or another length for an invalid address. */
    public int length() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Go's {@code To4}: the 4-byte form of an IPv4 address (4 bytes, or 16 bytes with the
     * IPv4-mapped prefix), or empty when this is not an IPv4 address.
     */
    public Optional<IP> to4() {
        if (bytes.length == IPV4_LEN) {
            return Optional.of(this);
        }
        if (isV4Mapped()) {
            return Optional.of(new IP(Arrays.copyOfRange(bytes, 12, 16)));
        }
        return Optional.empty();
    }

    /** Go's {@code To16}: the 16-byte form, or empty when the length is neither 4 nor 16. */
    public Optional<IP> to16() {
        if (bytes.length == IPV4_LEN) {
            return Optional.of(v4(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff, bytes[3] & 0xff));
        }
        if (bytes.length == IPV6_LEN) {
            return Optional.of(this);
        }
        return Optional.empty();
    }

    /** Whether this is 16 bytes with the IPv4-mapped prefix (ten zero bytes, then 0xff 0xff). */
    private boolean isV4Mapped() {
        return bytes.length == IPV6_LEN && hasV4MappedPrefix(bytes);
    }

    private static boolean hasV4MappedPrefix(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    /**
     * Go's {@code Equal}: whether {@code x} is the same address, an IPv4 address being equal to
     * its IPv4-mapped IPv6 form. {@link #equals} instead compares bytes and lengths.
     */
    public boolean equal(IP x) {
        byte[] o = Args.notNull(x, "x").bytes;
        if (bytes.length == o.length) {
            return Arrays.equals(bytes, o);
        }
        if (bytes.length == IPV4_LEN && o.length == IPV6_LEN) {
            return hasV4MappedPrefix(o) && Arrays.equals(bytes, 0, 4, o, 12, 16);
        }
        if (bytes.length == IPV6_LEN && o.length == IPV4_LEN) {
            return hasV4MappedPrefix(bytes) && Arrays.equals(bytes, 12, 16, o, 0, 4);
        }
        return false;
    }

    /** Go's {@code IsUnspecified}: whether this is 0.0.0.0 or {@code ::}. */
    public boolean isUnspecified() {
        return equal(IPV4_ZERO) || equal(IPV6_UNSPECIFIED);
    }

    /** Go's {@code IsLoopback}: whether this is in 127.0.0.0/8 or is {@code ::1}. */
    public boolean isLoopback() {
        byte[] v4 = v4Bytes();
        if (v4 != null) {
            return v4[0] == 127;
        }
        return equal(IPV6_LOOPBACK);
    }

    /**
     * Go's {@code IsPrivate}: whether this is in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16
     * (RFC 1918) or fc00::/7 (RFC 4193). Not a security property.
     */
    public boolean isPrivate() {
        byte[] v4 = v4Bytes();
        if (v4 != null) {
            int a = v4[0] & 0xff;
            int b = v4[1] & 0xff;
            return a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168);
        }
        return bytes.length == IPV6_LEN && (bytes[0] & 0xfe) == 0xfc;
    }

    /** Go's {@code IsMulticast}: whether this is in 224.0.0.0/4 or ff00::/8. */
    public boolean isMulticast() {
        byte[] v4 = v4Bytes();
        if (v4 != null) {
            return (v4[0] & 0xf0) == 0xe0;
        }
        return bytes.length == IPV6_LEN && bytes[0] == (byte) 0xff;
    }

    /** Go's {@code IsInterfaceLocalMulticast}: whether this is an IPv6 address in ffx1::/16. */
    public boolean isInterfaceLocalMulticast() {
        return bytes.length == IPV6_LEN && bytes[0] == (byte) 0xff && (bytes[1] & 0x0f) == 0x01;
    }

    /** Go's {@code IsLinkLocalMulticast}: whether this is in 224.0.0.0/24 or ffx2::/16. */
    public boolean isLinkLocalMulticast() {
        byte[] v4 = v4Bytes();
        if (v4 != null) {
            return (v4[0] & 0xff) == 224 && v4[1] == 0 && v4[2] == 0;
        }
        return bytes.length == IPV6_LEN && bytes[0] == (byte) 0xff && (bytes[1] & 0x0f) == 0x02;
    }

    /** Go's {@code IsLinkLocalUnicast}: whether this is in 169.254.0.0/16 or fe80::/10. */
    public boolean isLinkLocalUnicast() {
        byte[] v4 = v4Bytes();
        if (v4 != null) {
            return (v4[0] & 0xff) == 169 && (v4[1] & 0xff) == 254;
        }
        return bytes.length == IPV6_LEN && bytes[0] == (byte) 0xfe && (bytes[1] & 0xc0) == 0x80;
    }

    /**
     * Go's {@code IsGlobalUnicast}: whether this is a 4- or 16-byte address that is not the
     * limited broadcast address, unspecified, loopback, multicast or link-local unicast. Private
     * addresses count as global unicast, as in Go.
     */
    public boolean isGlobalUnicast() {
        return (bytes.length == IPV4_LEN || bytes.length == IPV6_LEN)
                && !equal(IPV4_BCAST)
                && !isUnspecified()
                && !isLoopback()
                && !isMulticast()
                && !isLinkLocalUnicast();
    }

    /**
     * Go's {@code DefaultMask}: the classful mask of an IPv4 address (/8 below 128.0.0.0, /16
     * below 192.0.0.0, /24 above, class D and E included), in 4 bytes; empty for any other
     * address.
     */
    public Optional<IPMask> defaultMask() {
        byte[] v4 = v4Bytes();
        if (v4 == null) {
            return Optional.empty();
        }
        int a = v4[0] & 0xff;
        if (a < 0x80) {
            return Optional.of(IPMask.v4(0xff, 0, 0, 0));
        }
        if (a < 0xc0) {
            return Optional.of(IPMask.v4(0xff, 0xff, 0, 0));
        }
        return Optional.of(IPMask.v4(0xff, 0xff, 0xff, 0));
    }

    /**
     * Go's {@code Mask}: this address ANDed with {@code mask}. A 16-byte mask starting with twelve
     * 0xff bytes applies to a 4-byte address through its last 4 bytes; a 4-byte mask applies to an
     * IPv4-mapped address through its last 4 bytes (giving a 4-byte result). Empty when the
     * lengths still differ.
     */
    public Optional<IP> mask(IPMask mask) {
        byte[] m = Args.notNull(mask, "mask").bytes();
        byte[] ip = bytes;
        if (m.length == IPV6_LEN && ip.length == IPV4_LEN && allOnes(m, 12)) {
            m = Arrays.copyOfRange(m, 12, 16);
        }
        if (m.length == IPV4_LEN && isV4Mapped()) {
            ip = Arrays.copyOfRange(ip, 12, 16);
        }
        if (ip.length != m.length) {
            return Optional.empty();
        }
        byte[] out = new byte[ip.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (ip[i] & m[i]);
        }
        return Optional.of(new IP(out));
    }

    private static boolean allOnes(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    /** The 4 bytes of an IPv4 address (Go's {@code To4}), or null; never to be written to. */
    private byte[] v4Bytes() {
        if (bytes.length == IPV4_LEN) {
            return bytes;
        }
        return isV4Mapped() ? Arrays.copyOfRange(bytes, 12, 16) : null;
    }

    /**
     * Go's {@code String}: {@code <nil>} for the empty IP; dotted decimal for an IPv4 or
     * IPv4-mapped address ({@code 192.0.2.1}); RFC 5952 text for another 16-byte address
     * ({@code 2001:db8::1}); otherwise {@code ?} followed by the bytes in hex.
     */
    @Override
    public String toString() {
        if (bytes.length == 0) {
            return "<nil>";
        }
        if (bytes.length == IPV4_LEN) {
            return IPFormat.dotted(bytes, 0);
        }
        if (bytes.length != IPV6_LEN) {
            return "?" + Hex.of(bytes);
        }
        if (hasV4MappedPrefix(bytes)) {
            return IPFormat.dotted(bytes, 12);
        }
        return IPFormat.ipv6(bytes);
    }

    /**
     * Go's {@code MarshalText}: the text of {@link #toString}, except "" for the empty IP.
     *
     * @throws AddrException {@code address HEX: invalid IP address} when the length is neither
     *     0, 4 nor 16
     */
    public String marshalText() throws AddrException {
        if (bytes.length == 0) {
            return "";
        }
        if (bytes.length != IPV4_LEN && bytes.length != IPV6_LEN) {
            throw new AddrException("invalid IP address", Hex.of(bytes));
        }
        return toString();
    }

    /**
     * Go's {@code UnmarshalText}: the address in {@code text} as {@link Net#parseIP} reads it, or
     * the empty IP for empty text (so that it and {@link #marshalText} round-trip).
     *
     * @throws ParseException {@code invalid IP address: text} when {@code text} is not an address
     */
    public static IP unmarshalText(String text) throws ParseException {
        Args.notNull(text, "text");
        if (text.isEmpty()) {
            return new IP(new byte[0]);
        }
        return IPParser.parseIP(text).orElseThrow(() -> new ParseException("IP address", text));
    }

    /**
     * This address as the JDK's: an {@link Inet4Address} for an IPv4 address of either length,
     * else an {@link java.net.Inet6Address} without scope.
     *
     * @throws AddrException {@code address HEX: invalid IP address} when the length is neither 4
     *     nor 16 (the empty IP, Go's nil, has no JDK form either)
     */
    public InetAddress toInetAddress() throws AddrException {
        return toInetAddress("");
    }

    /**
     * This address with an IPv6 zone as the JDK's: {@link #toInetAddress()}, with the zone as the
     * {@link java.net.Inet6Address} scope id where it gives one. The zone is looked up as Go looks
     * it up: the index of the interface of that name, else the number the zone starts with
     * ({@code "3"} is index 3); a zone that gives neither (an unknown name) leaves the address
     * unscoped, as Go's index 0 does. The zone of an IPv4 address is ignored, as in Go.
     *
     * @throws AddrException {@code address HEX: invalid IP address} when the length is neither 4
     *     nor 16
     */
    public InetAddress toInetAddress(String zone) throws AddrException {
        Args.notNull(zone, "zone");
        if (bytes.length != IPV4_LEN && bytes.length != IPV6_LEN) {
            throw new AddrException("invalid IP address", Hex.of(bytes));
        }
        return InetAddresses.of(bytes, zone);
    }

    /**
     * The address of a JDK {@link InetAddress}, in 16-byte form as {@link Net#parseIP} gives it
     * (IPv4 as IPv4-mapped). The scope of an {@link java.net.Inet6Address} is not kept: Go keeps
     * the zone beside the IP ({@link IPAddr#zone()}), not in it.
     */
    public static IP fromInetAddress(InetAddress address) {
        byte[] b = Args.notNull(address, "address").getAddress();
        if (b.length == IPV4_LEN) {
            return v4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff);
        }
        return new IP(b);
    }

    /** Byte-for-byte equality, lengths included; Go's length-agnostic {@code Equal} is {@link #equal}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof IP other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
