package net.api;

import net.api.internal.Args;

/**
 * Go's {@code net.Flags}: the bit set of an {@link Interface}'s flags, as Go's
 * {@code interface.go} defines it. Immutable; combine with {@link #or(Flags)}, test with
 * {@link #has(Flags)}.
 *
 * @param bits the bits, Go's {@code uint}: {@link #UP} is 1, {@link #BROADCAST} 2, … ; bits
 *     above {@link #RUNNING} are kept but have no name
 */
public record Flags(int bits) {

    /** Go's {@code FlagUp}: the interface is administratively up. */
    public static final Flags UP = new Flags(1);
    /** Go's {@code FlagBroadcast}: the interface supports broadcast access. */
    public static final Flags BROADCAST = new Flags(1 << 1);
    /** Go's {@code FlagLoopback}: the interface is a loopback interface. */
    public static final Flags LOOPBACK = new Flags(1 << 2);
    /** Go's {@code FlagPointToPoint}: the interface belongs to a point-to-point link. */
    public static final Flags POINTTOPOINT = new Flags(1 << 3);
    /** Go's {@code FlagMulticast}: the interface supports multicast access. */
    public static final Flags MULTICAST = new Flags(1 << 4);
    /** Go's {@code FlagRunning}: the interface is in the running state (Go 1.20). */
    public static final Flags RUNNING = new Flags(1 << 5);

    /** No flag set. */
    public static final Flags NONE = new Flags(0);

    /** Go's names of the bits, lowest first. */
    private static final String[] NAMES = {
        "up", "broadcast", "loopback", "pointtopoint", "multicast", "running",
    };

    /** Go's {@code f | other}. */
    public Flags or(Flags other) {
        return new Flags(bits | Args.notNull(other, "other").bits);
    }

    /** Whether every bit of {@code other} is set here: Go's {@code f&other == other}. */
    public boolean has(Flags other) {
        int b = Args.notNull(other, "other").bits;
        return (bits & b) == b;
    }

    /**
     * Go's {@code Flags.String()}: the names of the set bits, lowest first, joined by
     * {@code |}, for example {@code up|broadcast|multicast|running}; {@code 0} when no named
     * bit is set.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            if ((bits & (1 << i)) != 0) {
                if (!sb.isEmpty()) {
                    sb.append('|');
                }
                sb.append(NAMES[i]);
            }
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }
}
