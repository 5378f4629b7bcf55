package net.api.poll;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.SelectableChannel;
import java.time.Instant;
import net.api.ClosedException;

/**
 * Go's {@code poll.FD} ({@code internal/poll/fd_unix.go}): a channel in non-blocking mode with
 * the {@link FdMutex} that orders its operations and the {@link PollDesc} that parks them. A
 * transport hands each operation in as a non-blocking attempt; this class retries it, spinning
 * briefly and then parking, until it makes progress, its deadline passes, the descriptor is
 * closed or the thread is interrupted. Errors are poll-level ({@link ClosedException},
 * {@link DeadlineExceededException}, {@link PollInterruptedException}, or the channel's own);
 * {@link OpErrors#wrap} turns them into Go's {@code OpError}.
 */
public final class PollFd {

    /** A non-blocking attempt that returns a count: 0 means it would block. */
    @FunctionalInterface
    public interface CountAttempt {
        long attempt() throws IOException;
    }

    /** A non-blocking attempt that returns a result: {@code null} means it would block. */
    @FunctionalInterface
    public interface ResultAttempt<T> {
        T attempt() throws IOException;
    }

    /** A non-blocking attempt that reports whether it is done. */
    @FunctionalInterface
    public interface DoneAttempt {
        boolean attempt() throws IOException;
    }

    /** Whether there is still something to write. */
    @FunctionalInterface
    public interface Remaining {
        boolean remaining();
    }

    /** An operation on the open channel that does not wait (an option, a shutdown). */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws IOException;
    }

    private final FdMutex mu = new FdMutex();
    private final PollDesc pd;
    private final Spinner readSpin = new Spinner();
    private final Spinner writeSpin = new Spinner();

    /**
     * Takes over {@code channel}: puts it in non-blocking mode and attaches it to the poller of
     * its provider. From now on only this object closes it.
     */
    public PollFd(SelectableChannel channel) throws IOException {
        channel.configureBlocking(false);
        this.pd = new PollDesc(channel, Pollers.of(channel.provider()));
    }

    /**
     * Reads: retries {@code read} (0 = would block) under the read lock until it returns
     * non-zero (a count, or -1 at the end of the stream). Go's {@code FD.Read}.
     */
    public long read(CountAttempt read) throws IOException {
        mu.readLock();
        try {
            pd.prepareRead();
            long n = read.attempt();
            if (n != 0) {
                return n;
            }
            n = spinCount(readSpin, read);
            if (n != 0) {
                return n;
            }
            do {
                pd.waitRead();
                n = read.attempt();
            } while (n == 0);
            readSpin.parked();
            return n;
        } finally {
            readUnlock();
        }
    }

    /**
     * Writes everything: calls {@code write} under the write lock, waiting whenever it writes
     * nothing, until {@code left} says nothing is left. Returns the total written. Go's
     * {@code FD.Write}. A timeout or interrupt says in its {@code bytesTransferred} how much was
     * written before it.
     */
    public long writeFully(CountAttempt write, Remaining left) throws IOException {
        mu.writeLock();
        try {
            long total = 0;
            try {
                pd.prepareWrite();
                while (left.remaining()) {
                    long n = write.attempt();
                    if (n == 0) {
                        n = spinCount(writeSpin, write);
                        while (n == 0) {
                            pd.waitWrite();
                            n = write.attempt();
                            if (n != 0) {
                                writeSpin.parked();
                            }
                        }
                    }
                    total += n;
                }
            } catch (InterruptedIOException e) {
                e.bytesTransferred = (int) Math.min(Integer.MAX_VALUE, total);
                throw e;
            }
            return total;
        } finally {
            writeUnlock();
        }
    }

    /** Accepts: retries {@code accept} (null = would block) under the read lock. Go's {@code FD.Accept}. */
    public <T> T accept(ResultAttempt<T> accept) throws IOException {
        mu.readLock();
        try {
            pd.prepareRead();
            T t = accept.attempt();
            if (t != null) {
                return t;
            }
            t = spin(readSpin, accept);
            if (t != null) {
                return t;
            }
            do {
                pd.waitRead();
                t = accept.attempt();
            } while (t == null);
            readSpin.parked();
            return t;
        } finally {
            readUnlock();
        }
    }

    /**
     * Finishes a connect that was started in non-blocking mode: retries {@code finish} under
     * the write lock until it says the connection is established (Go's {@code connect} waiting
     * on {@code pd.waitWrite}). The deadline is the write deadline.
     */
    public void connect(DoneAttempt finish) throws IOException {
        mu.writeLock();
        try {
            pd.prepareWrite();
            if (finish.attempt()) {
                return;
            }
            if (spin(writeSpin, () -> finish.attempt() ? Boolean.TRUE : null) != null) {
                return;
            }
            do {
                pd.waitConnect();
            } while (!finish.attempt());
            writeSpin.parked();
        } finally {
            writeUnlock();
        }
    }

    /**
     * Runs {@code action} while holding a reference, so that the channel is not closed under
     * it; fails with {@link ClosedException} if the descriptor is closed. Go's {@code incref}.
     */
    public <T> T withRef(Action<T> action) throws IOException {
        mu.incref();
        try {
            return action.run();
        } finally {
            if (mu.decref()) {
                pd.destroyQuietly();
            }
        }
    }

    /** Sets the read deadline ({@code null}: none); takes effect on a blocked read at once. */
    public void setReadDeadline(Instant deadline) throws IOException {
        withRef(() -> {
            pd.setReadDeadline(deadline);
            return null;
        });
    }

    /** Sets the write deadline ({@code null}: none); takes effect on a blocked write at once. */
    public void setWriteDeadline(Instant deadline) throws IOException {
        withRef(() -> {
            pd.setWriteDeadline(deadline);
            return null;
        });
    }

    /**
     * Closes (Go's {@code FD.Close}): pending and future operations fail with
     * {@link ClosedException}; the channel itself is closed once the last pending operation has
     * dropped out, which may be after this returns. Returns false, doing nothing, if it was
     * already closed (where Go returns {@code ErrClosed}).
     */
    public boolean close() throws IOException {
        if (!mu.increfAndClose()) {
            return false;
        }
        pd.evict();
        if (mu.decref()) {
            pd.destroy();
        }
        return true;
    }

    /** Whether {@link #close()} has been called. */
    public boolean closed() {
        return mu.closed();
    }

    /**
     * Retries {@code op} for the spinner's budget of time, but at least
     * {@link Spinner#MIN_ATTEMPTS} times, stopping early when the descriptor is closed or the
     * thread interrupted; its first result, or {@code null}. A virtual thread yields between
     * attempts, which lets the peer it waits for run if it shares the carrier. When many threads
     * share the carriers a yield lasts long, but that time went to their work, not to spinning:
     * the minimum keeps such a spin from ending after a turn or two.
     */
    private <T> T spin(Spinner spinner, ResultAttempt<T> op) throws IOException {
        long budget = spinner.budget();
        if (budget == 0) {
            return null;
        }
        Thread me = Thread.currentThread();
        boolean virtual = me.isVirtual();
        long start = System.nanoTime();
        int attempts = 0;
        do {
            if (virtual) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
            T t = op.attempt();
            if (t != null) {
                spinner.spun();
                return t;
            }
        } while ((++attempts < Spinner.MIN_ATTEMPTS || System.nanoTime() - start < budget)
                && !pd.closing() && !me.isInterrupted());
        return null;
    }

    /** {@link #spin} for an attempt that counts: its first non-zero count, or 0. */
    private long spinCount(Spinner spinner, CountAttempt op) throws IOException {
        Long n = spin(spinner, () -> {
            long count = op.attempt();
            return count != 0 ? count : null;
        });
        return n != null ? n : 0;
    }

    private void readUnlock() {
        if (mu.readUnlock()) {
            pd.destroyQuietly();
        }
    }

    private void writeUnlock() {
        if (mu.writeUnlock()) {
            pd.destroyQuietly();
        }
    }
}
