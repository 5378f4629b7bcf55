package net.api.poll;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import net.api.ClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Go's {@code pollDesc} ({@code runtime/netpoll.go}): a channel's read and write deadlines and
 * the threads parked waiting for it. A waiter parks until the {@link Poller} reports readiness,
 * its deadline passes (the park's own timeout is the timer), the deadline is moved (the setter
 * unparks it, and it parks again against the new one), the descriptor is closed
 * ({@link #evict()}), or its thread is interrupted.
 *
 * <p>Deadlines are kept on {@link System#nanoTime()}'s clock: an {@link Instant} is turned into
 * a monotonic time when it is set, as Go's runtime does.
 */
public final class PollDesc {

    private static final Logger LOG = LoggerFactory.getLogger("net.poll");
    private static final int READ_OPS = SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
    private static final int WRITE_OPS = SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;
    /** Farther than this is no deadline at all (about 146 years). */
    private static final long FOREVER_NANOS = 1L << 62;

    private final SelectableChannel channel;
    private final Poller poller;
    /** Set by the poller on first registration. */
    volatile SelectionKey key;
    /** Operations a waiter has asked the poller to watch that it has not yet applied. */
    final AtomicInteger pendingOps = new AtomicInteger();
    /** The next descriptor on the poller's stack of pending interest. */
    PollDesc nextArm;

    private final Direction read = new Direction();
    private final Direction write = new Direction();
    private volatile boolean closing;

    /** One direction's deadline, waiter and readiness (Go's rd/rg and wd/wg). */
    private static final class Direction {
        /** The deadline on the nanoTime clock, valid when {@link #hasDeadline}. */
        volatile long deadline;
        volatile boolean hasDeadline;
        volatile Thread waiter;
        volatile boolean ready;
    }

    PollDesc(SelectableChannel channel, Poller poller) {
        this.channel = channel;
        this.poller = poller;
    }

    /** The channel watched. */
    public SelectableChannel channel() {
        return channel;
    }

    /** Sets the read deadline, {@code null} for none, and wakes a parked reader to look at it. */
    void setReadDeadline(Instant deadline) {
        set(read, deadline);
    }

    /** Sets the write deadline, {@code null} for none, and wakes a parked writer to look at it. */
    void setWriteDeadline(Instant deadline) {
        set(write, deadline);
    }

    private static void set(Direction d, Instant deadline) {
        if (deadline == null) {
            d.hasDeadline = false;
        } else {
            long now = System.nanoTime();
            long left;
            try {
                left = Duration.between(Instant.now(), deadline).toNanos();
            } catch (ArithmeticException e) {
                left = deadline.isBefore(Instant.now()) ? -1 : FOREVER_NANOS;
            }
            if (left >= FOREVER_NANOS) {
                d.hasDeadline = false;
            } else {
                d.deadline = now + left;
                d.hasDeadline = true;
            }
        }
        LockSupport.unpark(d.waiter);
    }

    /** Whether the descriptor is being closed. */
    boolean closing() {
        return closing;
    }

    /** Go's {@code prepareRead}: fails if closed or if the read deadline has passed. */
    void prepareRead() throws IOException {
        prepare(read);
    }

    /** Go's {@code prepareWrite}. */
    void prepareWrite() throws IOException {
        prepare(write);
    }

    private void prepare(Direction d) throws IOException {
        if (closing) {
            throw new ClosedException();
        }
        if (expired(d)) {
            throw new DeadlineExceededException();
        }
    }

    private static boolean expired(Direction d) {
        return d.hasDeadline && System.nanoTime() - d.deadline >= 0;
    }

    /**
     * Parks until the channel may be readable (or acceptable); the caller then tries again.
     * Throws {@link ClosedException}, {@link DeadlineExceededException} or
     * {@link PollInterruptedException} (the interrupt status kept) instead.
     */
    void waitRead() throws IOException {
        await(read, channel.validOps() & READ_OPS);
    }

    /** Parks until the channel may be writable, as {@link #waitRead()}. */
    void waitWrite() throws IOException {
        await(write, SelectionKey.OP_WRITE);
    }

    /** Parks until a pending connect may be finished, as {@link #waitRead()}. */
    void waitConnect() throws IOException {
        await(write, SelectionKey.OP_CONNECT);
    }

    private void await(Direction d, int ops) throws IOException {
        Thread me = Thread.currentThread();
        d.ready = false;
        d.waiter = me;
        try {
            poller.arm(this, ops);
            while (true) {
                prepare(d);
                if (d.ready) {
                    return;
                }
                if (me.isInterrupted()) {
                    throw new PollInterruptedException();
                }
                if (d.hasDeadline) {
                    LockSupport.parkNanos(this, d.deadline - System.nanoTime());
                } else {
                    LockSupport.park(this);
                }
            }
        } finally {
            d.waiter = null;
        }
    }

    /** Called by the poller: the operations {@code ops} are ready; wakes their waiters. */
    void ready(int ops) {
        if ((ops & READ_OPS) != 0) {
            wake(read);
        }
        if ((ops & WRITE_OPS) != 0) {
            wake(write);
        }
    }

    private static void wake(Direction d) {
        d.ready = true;
        LockSupport.unpark(d.waiter);
    }

    /** Go's {@code evict}: marks the descriptor closing and wakes every waiter, which then fails. */
    void evict() {
        closing = true;
        LockSupport.unpark(read.waiter);
        LockSupport.unpark(write.waiter);
    }

    /** Closes the channel through the poller; called once, after the last operation. */
    void destroy() throws IOException {
        poller.close(this);
    }

    /**
     * {@link #destroy()} for the operation that happens to drop the last reference after a
     * close: the close has already been reported to its caller, so a failure is only logged.
     */
    void destroyQuietly() {
        try {
            destroy();
        } catch (IOException e) {
            LOG.debug("poll: closing {} failed", channel, e);
        }
    }
}
