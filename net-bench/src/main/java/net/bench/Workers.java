package net.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The virtual threads of a blocking workload and the sockets they share: {@link #close} stops
 * the threads (closing the sockets unblocks them), waits a bounded time for them to end, and
 * rethrows the first failure that happened before the stop.
 */
final class Workers implements AutoCloseable {

    private static final Duration JOIN = Duration.ofSeconds(5);

    /** A worker's body; it runs until it fails or {@link #stopped()} turns true. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean stopped;

    /** Whether {@link #close} has begun: failures from now on are the stop's doing. */
    boolean stopped() {
        return stopped;
    }

    /** Keeps {@code resource} to close when the workers stop; returns it. */
    synchronized <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    /** Starts {@code task} on a new virtual thread. */
    synchronized void start(String name, Task task) {
        threads.add(Thread.ofVirtual().name(name).start(() -> {
            try {
                task.run();
            } catch (Exception e) {
                if (!stopped) {
                    failure.compareAndSet(null, e);
                }
            }
        }));
    }

    @Override
    public void close() throws IOException {
        stopped = true;
        List<AutoCloseable> toClose;
        List<Thread> toJoin;
        synchronized (this) {
            toClose = List.copyOf(resources);
            toJoin = List.copyOf(threads);
        }
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                // already closed by its worker
            }
        }
        for (Thread t : toJoin) {
            try {
                if (!t.join(JOIN)) {
                    throw new IOException("worker " + t.getName() + " did not stop within " + JOIN);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while stopping the workers");
            }
        }
        Exception e = failure.get();
        if (e != null) {
            throw new IOException("a worker failed during the run: " + e, e);
        }
    }
}
