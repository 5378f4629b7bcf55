package net.bench;

import java.time.Duration;

/** The end of one timed run, checked cheaply in a benchmark loop. */
record Deadline(long endNanos) {

    static Deadline after(Duration d) {
        return new Deadline(System.nanoTime() + d.toNanos());
    }

    boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }
}
