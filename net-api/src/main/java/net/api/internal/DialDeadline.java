package net.api.internal;

import java.net.SocketTimeoutException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import net.api.OpTimeoutException;

/**
 * The deadlines of a dial, as Go's {@code dial.go} computes them: the whole dial's deadline
 * ({@code Dialer.deadline}) and each address's share of it ({@code partialDeadline}). A
 * {@code null} instant means no deadline, as Go's zero {@code time.Time} does.
 */
public final class DialDeadline {

    /** Go's {@code saneMinimum}: an address gets at least this long, if that much time is left. */
    static final Duration SANE_MINIMUM = Duration.ofSeconds(2);

    private DialDeadline() {
    }

    /**
     * The earliest of {@code now + timeout} and {@code deadline}. A zero timeout means none; any
     * other, a negative one included, counts (a negative timeout makes a deadline already
     * passed, as in Go). A sum beyond {@link Instant}'s range saturates instead of overflowing.
     *
     * @param timeout the dial's timeout, never null; zero for none
     * @param deadline the dial's absolute deadline, or {@code null} for none
     * @return the earliest, or {@code null} if neither is set
     */
    public static Instant of(Instant now, Duration timeout, Instant deadline) {
        Instant earliest = timeout.isZero() ? null : plusSaturated(now, timeout);
        if (earliest == null || deadline != null && deadline.isBefore(earliest)) {
            return deadline;
        }
        return earliest;
    }

    /**
     * Go's {@code partialDeadline}: the deadline for one address when {@code addrsRemaining}
     * addresses (this one included) are still to be tried. The time left is shared equally, but
     * each address gets at least {@link #SANE_MINIMUM} (all of the time left, if less remains).
     *
     * @return the address's deadline, or {@code null} if the dial has none
     * @throws SocketTimeoutException with Go's "i/o timeout" text if the deadline has passed
     */
    public static Instant partial(Instant now, Instant deadline, int addrsRemaining) throws SocketTimeoutException {
        if (deadline == null) {
            return null;
        }
        Duration remaining = Duration.between(now, deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new SocketTimeoutException(OpTimeoutException.IO_TIMEOUT);
        }
        Duration share = remaining.dividedBy(addrsRemaining);
        if (share.compareTo(SANE_MINIMUM) < 0) {
            share = remaining.compareTo(SANE_MINIMUM) < 0 ? remaining : SANE_MINIMUM;
        }
        return now.plus(share);
    }

    private static Instant plusSaturated(Instant now, Duration d) {
        try {
            return now.plus(d);
        } catch (ArithmeticException | DateTimeException e) {
            return d.isNegative() ? Instant.MIN : Instant.MAX;
        }
    }
}
