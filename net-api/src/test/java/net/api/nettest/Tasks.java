package net.api.nettest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The threads a test starts beside its own, the goroutines of Go's tests: each runs on a virtual
 * thread; {@link Task#join()} waits for one within a generous bound and rethrows what it threw;
 * {@link #close()} interrupts whatever still runs and waits for it, so that no thread outlives
 * its test.
 */
public final class Tasks implements AutoCloseable {

    /** How long a join waits before the test fails: generous, since the machine may be busy. */
    public static final Duration BOUND = Duration.ofSeconds(30);

    /** The work of a task that returns a value. */
    @FunctionalInterface
    public interface Body<T> {
        T call() throws Exception;
    }

    /** The work of a task that returns nothing. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final List<Task<?>> started = new ArrayList<>();

    /** Starts {@code body} on a new virtual thread named {@code name}. */
    public synchronized <T> Task<T> call(String name, Body<T> body) {
        FutureTask<T> future = new FutureTask<>(body::call);
        Task<T> task = new Task<>(name, future, Thread.ofVirtual().name(name).start(future));
        started.add(task);
        return task;
    }

    /** Starts {@code action} on a new virtual thread named {@code name}. */
    public Task<Void> run(String name, Action action) {
        return call(name, () -> {
            action.run();
            return null;
        });
    }

    /** Interrupts every task still running and waits for all of them, each within {@link #BOUND}. */
    @Override
    public synchronized void close() {
        for (Task<?> t : started) {
            t.thread.interrupt();
        }
        List<String> stuck = new ArrayList<>();
        for (Task<?> t : started) {
            try {
                if (!t.thread.join(BOUND)) {
                    stuck.add(t.name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + t.name, e);
            }
        }
        started.clear();
        if (!stuck.isEmpty()) {
            throw new AssertionError("tasks still running after interrupt: " + stuck);
        }
    }

    /** One started task. */
    public static final class Task<T> {

        private final String name;
        private final FutureTask<T> future;
        private final Thread thread;

        Task(String name, FutureTask<T> future, Thread thread) {
            this.name = name;
            this.future = future;
            this.thread = thread;
        }

        /** Waits for the task within {@link #BOUND}; returns its value or rethrows what it threw. */
        public T join() throws Exception {
            try {
                return future.get(BOUND.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError(name + " did not finish within " + BOUND, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception x) {
                    throw x;
                }
                if (e.getCause() instanceof Error x) {
                    throw x;
                }
                throw e;
            }
        }

        /** Waits for the task within {@link #BOUND} and returns the exception it threw, of type {@code type}. */
        public <E extends Throwable> E failure(Class<E> type) throws InterruptedException {
            try {
                T value = join();
                throw new AssertionError(name + " returned " + value + ", want " + type.getSimpleName());
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                if (!type.isInstance(e)) {
                    throw new AssertionError(name + " threw " + e + ", want " + type.getSimpleName(), e);
                }
                return type.cast(e);
            }
        }

        /** Whether the task has finished. */
        public boolean isDone() {
            return future.isDone();
        }

        /** Interrupts the task's thread. */
        public void interrupt() {
            thread.interrupt();
        }

        /**
         * Waits, within {@link #BOUND}, until the task's thread is parked: as good a sign as Java
         * gives that it is blocked in the call it makes. Fails if the task ends first.
         */
        public void awaitBlocked() throws InterruptedException {
            long end = System.nanoTime() + BOUND.toNanos();
            while (true) {
                Thread.State s = thread.getState();
                if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING) {
                    return;
                }
                if (future.isDone()) {
                    throw new AssertionError(name + " ended instead of blocking");
                }
                if (System.nanoTime() - end > 0) {
                    throw new AssertionError(name + " did not block within " + BOUND);
                }
                Thread.sleep(1);
            }
        }
    }
}
