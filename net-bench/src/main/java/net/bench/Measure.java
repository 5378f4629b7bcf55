package net.bench;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** Runs a workload through a warm-up and then a measured window, and gives its rate per second. */
final class Measure {

    private Measure() {
    }

    /** Units per second that {@code workload} completes in the window after the warm-up. */
    static double rate(Workload.Factory factory, Duration warmup, Duration window) throws Exception {
        LongAdder done = new LongAdder();
        long count;
        long nanos;
        try (Workload workload = factory.create()) {
            workload.start(done);
            Thread.sleep(warmup);
            long c0 = done.sum();
            long t0 = System.nanoTime();
            Thread.sleep(window);
            count = done.sum() - c0;
            nanos = System.nanoTime() - t0;
        }
        return count * 1e9 / nanos;
    }
}
