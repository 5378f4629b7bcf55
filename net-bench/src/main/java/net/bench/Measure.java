package net.bench;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs a workload through a warm-up and then a measured window, and gives its rate per second.
 * A watchdog bounds the whole: a side that has not finished (set-up, window and close) a minute
 * after its window should have ended is reported on standard error and the program stops with
 * status 3, so that a hang never leaves the benchmark running.
 */
final class Measure {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private Measure() {
    }

    /** Units per second that {@code workload} ({@code what}, for the watchdog's report) completes in the window. */
    static double rate(String what, Workload.Factory factory, Duration warmup, Duration window) throws Exception {
        Duration limit = warmup.plus(window).plus(GRACE);
        Thread watchdog = Thread.ofPlatform().daemon().name("bench-watchdog").start(() -> {
            try {
                Thread.sleep(limit);
            } catch (InterruptedException e) {
                return; // finished in time
            }
            System.out.flush();
            System.err.println(what + ": no result within " + limit.toSeconds() + " s, the run hangs; stopping");
            System.err.flush();
            Runtime.getRuntime().halt(3);
        });
        try {
            return measure(factory, warmup, window);
        } finally {
            watchdog.interrupt();
        }
    }

    private static double measure(Workload.Factory factory, Duration warmup, Duration window) throws Exception {
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
