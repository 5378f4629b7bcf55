package net.bench;

import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

/**
 * One side of a benchmark case, running until closed: {@link #start} sets up its connections and
 * threads, which add each finished unit of work (a round trip, a byte, a cycle) to the counter;
 * {@link #close} stops them and releases everything.
 */
interface Workload extends AutoCloseable {

    /** Starts the work; it keeps adding to {@code done} until {@link #close}. */
    void start(LongAdder done) throws Exception;

    /** Stops the work and closes every socket and thread it made; throws if the work failed. */
    @Override
    void close() throws IOException;

    /** Makes a workload (one per measurement). */
    @FunctionalInterface
    interface Factory {
        Workload create() throws Exception;
    }
}
