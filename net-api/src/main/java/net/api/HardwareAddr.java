package net.api;

import java.util.Arrays;

import net.api.internal.Args;
import net.api.internal.Hex;

/**
 * Go's {@code net.HardwareAddr} ({@code mac.go}): a physical hardware address (MAC-48, EUI-48,
 * EUI-64, IP over InfiniBand). Immutable. {@link Net#parseMAC} reads one.
 */
public final class HardwareAddr {

    private final byte[] bytes;

    private HardwareAddr(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address with these bytes, copied. */
    public static HardwareAddr of(byte[] bytes) {
        return new HardwareAddr(Args.notNull(bytes, "bytes").clone());
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
     * Go's {@code String}: the bytes as lowercase hex pairs separated by colons
     * ({@code 00:00:5e:00:53:01}); "" when there are none.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Math.max(0, bytes.length * 3 - 1));
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            Hex.append(sb, bytes[i]);
        }
        return sb.toString();
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
