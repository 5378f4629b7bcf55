package net.api.poll;

/**
 * How long a direction of one descriptor retries a would-block operation before it parks
 * (spin-before-park). The budget adapts: a spin that pays (a retry succeeds) restores it in
 * full, one that does not halves it; at zero, every {@value #PROBE_EVERY}th wait probes with
 * the full budget, so that spinning comes back when the traffic changes (a probe of one retry
 * cannot see a peer that answers in a few microseconds, and left a descriptor parked for good). Accessed under the direction's
 * lock, so plain fields suffice.
 */
final class Spinner {

    /** The largest number of retries. */
    static final int MAX = 16;
    private static final int PROBE_EVERY = 64;

    private int budget = MAX;
    private int waitsSinceProbe;

    /** The number of retries to make before parking this time. */
    int spins() {
        if (budget == 0 && ++waitsSinceProbe >= PROBE_EVERY) {
            waitsSinceProbe = 0;
            return MAX;
        }
        return budget;
    }

    /** Records whether the last spin ended with the operation done. */
    void paid(boolean success) {
        budget = success ? MAX : budget / 2;
    }
}
