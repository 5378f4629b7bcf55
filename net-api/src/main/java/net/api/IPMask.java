package net.api;

import java.util.Arrays;
import java.util.Optional;

import net.api.internal.Args;
import net.api.internal.Hex;

/**
 * Go's {@code net.IPMask} ({@code ip.go}): a network mask, 4 or 16 bytes as Go keeps it.
 * Immutable. An empty mask is Go's nil mask.
 */
public final class IPMask {

    private final byte[] bytes;

    private IPMask(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The mask with these bytes, copied. */
    public static IPMask of(byte[] bytes) {
        return new IPMask(Args.notNull(bytes, "bytes").clone());
    }

    /** Go's {@code IPv4Mask(a, b, c, d)}: the 4-byte mask a.b.c.d; each part must be in [0, 255]. */
    public static IPMask v4(int a, int b, int c, int d) {
        return new IPMask(new byte[] {
            (byte) Args.inRange(a, 0, 255, "a"),
            (byte) Args.inRange(b, 0, 255, "b"),
            (byte) Args.inRange(c, 0, 255, "c"),
            (byte) Args.inRange(d, 0, 255, "d"),
        });
    }

    /**
     * Go's {@code CIDRMask(ones, bits)}: {@code ones} one bits followed by zeros up to
     * {@code bits} bits; empty unless {@code bits} is 32 or 128 and {@code 0 <= ones <= bits}.
     */
    public static Optional<IPMask> cidr(int ones, int bits) {
        if (bits != 8 * IP.IPV4_LEN && bits != 8 * IP.IPV6_LEN) {
            return Optional.empty();
        }
        if (ones < 0 || ones > bits) {
            return Optional.empty();
        }
        byte[] m = new byte[bits / 8];
        int left = ones;
        for (int i = 0; i < m.length && left > 0; i++) {
            int n = Math.min(left, 8);
            m[i] = (byte) (0xff00 >> n);
            left -= n;
        }
        return Optional.of(new IPMask(m));
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Go's {@code Size}: the leading one bits and the total bits; {@code (0, 0)} when the mask is
     * not ones followed by zeros.
     */
    public MaskSize size() {
        int ones = prefixLength();
        return ones < 0 ? new MaskSize(0, 0) : new MaskSize(ones, bytes.length * 8);
    }

    /** The number of leading one bits when the mask is ones followed by zeros, else -1. */
    int prefixLength() {
        int ones = 0;
        int i = 0;
        while (i < bytes.length && bytes[i] == (byte) 0xff) {
            ones += 8;
            i++;
        }
        if (i == bytes.length) {
            return ones;
        }
        int partial = bytes[i] & 0xff;
        int lead = Integer.numberOfLeadingZeros(~partial << 24);
        if (((partial << lead) & 0xff) != 0) {
            return -1; // a one after a zero
        }
        for (int j = i + 1; j < bytes.length; j++) {
            if (bytes[j] != 0) {
                return -1;
            }
        }
        return ones + lead;
    }

    /** Go's {@code String}: the bytes in lowercase hex without punctuation, {@code <nil>} when empty. */
    @Override
    public String toString() {
        return bytes.length == 0 ? "<nil>" : Hex.of(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IPMask other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
