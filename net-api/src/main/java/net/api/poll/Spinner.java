package net.api.poll;

/**
 * How long one direction of one descriptor retries a would-block operation before it parks
 * (spin-before-park, in the spirit of Go's scheduler, which polls the network while it spins
 * before it lets a thread sleep). The budget is time, at most {@link #MAX_NANOS}, with at least
 * {@link #MIN_ATTEMPTS} retries whenever it spins at all, and adapts to what the waits looked
 * like: a spin that ends with the operation done, or a wait that was over within the maximum,
 * restores the full budget; a wait longer than that halves it, down to zero. At zero every
 * {@value #PROBE_EVERY}th wait probes with the full budget, so that spinning comes back when the
 * traffic changes. Used under the direction's lock, so plain fields suffice.
 */
final class Spinner {

    /**
     * The longest spin in nanoseconds: the system property {@code net.poll.spin} in microseconds
     * (0 turns spinning off), by default {@value #DEFAULT_MICROS}.
     */
    static final long MAX_NANOS = Math.max(0, Long.getLong("net.poll.spin", Spinner.DEFAULT_MICROS)) * 1000;
    private static final long DEFAULT_MICROS = 50;
    /** The fewest retries a spin makes, however long they take (if it spins at all). */
    static final int MIN_ATTEMPTS = 16;
    /** A budget below this is not worth spinning for. */
    private static final long MIN_NANOS = 1000;
    private static final int PROBE_EVERY = 64;

    private long budget = MAX_NANOS;
    private int waitsSinceProbe;

    /** How long to spin before parking this time, in nanoseconds; 0 for not at all. */
    long budget() {
        if (budget == 0 && MAX_NANOS > 0 && ++waitsSinceProbe >= PROBE_EVERY) {
            waitsSinceProbe = 0;
            return MAX_NANOS;
        }
        return budget;
    }

    /** The spin ended with the operation done. */
    void spun() {
        budget = MAX_NANOS;
    }

    /** The operation had to park; it was done {@code waitedNanos} after its first would-block. */
    void parked(long waitedNanos) {
        if (waitedNanos <= MAX_NANOS) {
            budget = MAX_NANOS; // a spin that long would have caught it
        } else {
            budget = budget / 2 < MIN_NANOS ? 0 : budget / 2;
        }
    }
}
