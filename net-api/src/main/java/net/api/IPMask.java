package net.api;

import java.util.Arrays;
import java.util.Objects;

/** Go's {@code net.IPMask}: a network mask, 4 or 16 bytes as Go keeps it. Immutable. */
public final class IPMask {

    private final byte[] bytes;

    private IPMask(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The mask with these bytes, copied. */
    public static IPMask of(byte[] bytes) {
        return new IPMask(Objects.requireNonNull(bytes, "bytes").clone());
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
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
