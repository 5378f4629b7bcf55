package net.api.poll;

/**
 * How long one direction of one descriptor retries a would-block operation before it parks
 * (spin-before-park, in the spirit of Go's scheduler, which polls the network while it spins
 * before it lets a thread sleep). The budget is time, at most {@link #MAX_NANOS}, with at least
 * {@link #MIN_ATTEMPTS} retries whenever it spins at all, and grows only where spinning pays: it
 * starts small ({@link #START_NANOS}), doubles up to the maximum after each spin that ends with
 * the operation done, and halves, down to zero, after each wait that the spin did not end. A
 * descriptor whose peer answers within microseconds (a thread of this process) soon spins the
 * full time; one whose waits are longer, or whose peer is another process that needs the core
 * a spin would take (a loopback name server), soon does not spin at all. At zero every
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
    /** Where the budget of a new descriptor starts, and where it starts again after zero. */
    static final long START_NANOS = 8 * MIN_NANOS;

    private long budget = Math.min(MAX_NANOS, START_NANOS);
    private int waitsSinceProbe;

    /** How long to spin before parking this time, in nanoseconds; 0 for not at all. */
    long budget() {
        if (budget == 0 && MAX_NANOS > 0 && ++waitsSinceProbe >= PROBE_EVERY) {
            waitsSinceProbe = 0;
            return MAX_NANOS;
        }
        return budget;
    }

    /** The spin ended with the operation done: doubles the budget, up to the maximum (from zero, to the start). */
    void spun() {
        budget = Math.min(MAX_NANOS, Math.max(2 * budget, START_NANOS));
    }

    /** The operation had to park after the spin: halves the budget, to zero once it is too small to spin for. */
    void parked() {
        budget = budget / 2 < MIN_NANOS ? 0 : budget / 2;
    }
}
