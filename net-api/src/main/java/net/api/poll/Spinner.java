package net.api.poll;

/**
 * How long a direction of one descriptor retries a would-block operation before it parks
 * (spin-before-park). The budget adapts: a spin that pays (the retry succeeds) doubles it, one
 * that does not halves it; at zero, every {@value #PROBE_EVERY}th wait probes with one retry
 * so that the budget can grow again when the traffic changes. Accessed under the direction's
 * lock, so plain fields suffice.
 */
final class Spinner {

    /**
     * The largest number of retries: the system property {@code net.poll.spin} (0 turns
     * spinning off), by default {@value #DEFAULT_MAX}.
     */
    static final int MAX = Math.max(0, Integer.getInteger("net.poll.spin", Spinner.DEFAULT_MAX));
    private static final int DEFAULT_MAX = 16;
    private static final int PROBE_EVERY = 64;

    private int budget = MAX;
    private int waitsSinceProbe;

    /** The number of retries to make before parking this time. */
    int spins() {
        if (budget == 0 && MAX > 0 && ++waitsSinceProbe >= PROBE_EVERY) {
            waitsSinceProbe = 0;
            return 1;
        }
        return budget;
    }

    /** Records whether the last spin ended with the operation done. */
    void paid(boolean success) {
        budget = success ? Math.min(MAX, Math.max(1, budget * 2)) : budget / 2;
    }
}
