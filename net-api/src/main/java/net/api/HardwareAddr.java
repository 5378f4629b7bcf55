package net.api;

import java.util.Arrays;
import java.util.Objects;

/** Go's {@code net.HardwareAddr}: a physical hardware address (MAC, EUI-64, IPoIB). Immutable. */
public final class HardwareAddr {

    private final byte[] bytes;

    private HardwareAddr(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address with these bytes, copied. */
    public static HardwareAddr of(byte[] bytes) {
        return new HardwareAddr(Objects.requireNonNull(bytes, "bytes").clone());
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
        return o instanceof HardwareAddr other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
