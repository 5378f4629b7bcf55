package net.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * Go's {@code net.IP}: an IPv4 or IPv6 address, 4 or 16 bytes long, as Go keeps it (an IPv4
 * address is usually held in its 16-byte IPv4-mapped form). Immutable.
 */
public final class IP {

    private final byte[] bytes;

    private IP(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address with these bytes, copied; any length is kept, as Go keeps it. */
    public static IP of(byte[] bytes) {
        return new IP(Objects.requireNonNull(bytes, "bytes").clone());
    }

    /** Go's {@code IPv4(a, b, c, d)}: the 16-byte IPv4-mapped form. */
    public static IP v4(int a, int b, int c, int d) {
        byte[] p = new byte[16];
        p[10] = (byte) 0xff;
        p[11] = (byte) 0xff;
        p[12] = (byte) a;
        p[13] = (byte) b;
        p[14] = (byte) c;
        p[15] = (byte) d;
        return new IP(p);
    }

    /** The number of bytes: 4, 16, or another length for an invalid address. */
    public int length() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
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
