package net.api.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import net.api.Addr;
import net.api.ClosedPipeException;
import net.api.Conn;
import net.api.ConnPair;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;

/**
 * One end of an in-memory, synchronous, unbuffered, full-duplex connection, Go's {@code pipe}
 * in pipe.go. A write hands its buffer to the other end and waits until that end's reads have
 * copied all of it, straight from the writer's buffer into theirs; a read takes what one waiting
 * write offers, at most what fits. Writes of one end are serialised (Go's {@code wrMu}), so the
 * bytes of one write are never interleaved with another's.
 *
 * <p>Both ends share one lock. A reader waits on its end's {@code readers} condition for an
 * offer; a writer waits on its end's {@code writers} condition for its turn and for the other
 * end to take what it offered. Closing, and moving a deadline, wakes the waiters concerned,
 * which then look again at the state, so a deadline needs no timer thread. The locks are
 * {@code java.util.concurrent} ones, which do not pin a virtual thread's carrier.
 *
 * <p>Errors as Go's: {@link ClosedPipeException} (Go's unwrapped {@code io.ErrClosedPipe}) for an
 * operation on a closed end and for a write or deadline after the other end closed; the end of
 * the stream (-1) for a read after the other end closed; {@link OpTimeoutException} ("read pipe:
 * i/o timeout") for a passed deadline. An interrupt ends a blocked call with
 * {@link OpInterruptedException} ("read pipe: interrupted"), the interrupt status kept and the
 * pipe open. A write that fails part way has advanced its buffer's position by the bytes the
 * other end took; a timeout or interrupt also reports them in
 * {@link InterruptedIOException#bytesTransferred}.
 */
public final class Pipe implements Conn {

    private static final Addr ADDR = new PipeAddr();
    private static final String READ = "read";
    private static final String WRITE = "write";

    private final ReentrantLock lock;
    /** This end's readers wait here for an offer from the other end's writer. */
    private final Condition readers;
    /** This end's writers wait here for their turn and for the other end to take their offer. */
    private final Condition writers;
    private final PipeDeadline readDeadline = new PipeDeadline();
    private final PipeDeadline writeDeadline = new PipeDeadline();

    /** The other end; set once, before the pair is published through {@link ConnPair}'s final fields. */
    private Pipe peer;
    private boolean closed;
    /** Whether a write of this end is under way (Go's {@code wrMu} held). */
    private boolean writing;
    /** What the other end's current write offers to this end's readers, or null. */
    private ByteBuffer offer;

    private Pipe(ReentrantLock lock) {
        this.lock = lock;
        this.readers = lock.newCondition();
        this.writers = lock.newCondition();
    }

    /** Go's {@code Pipe()}: two new ends, each reading what the other writes. */
    public static ConnPair newPair() {
        ReentrantLock lock = new ReentrantLock();
        Pipe first = new Pipe(lock);
        Pipe second = new Pipe(lock);
        first.peer = second;
        second.peer = first;
        return new ConnPair(first, second);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        Args.notNull(dst, "dst");
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("dst is read-only");
        }
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new ClosedPipeException();
                }
                if (peer.closed) {
                    return -1;
                }
                long left = readDeadline.remainingNanos();
                if (left <= 0) {
                    throw new OpTimeoutException(READ, PipeAddr.PIPE, null, null);
                }
                if (offer != null) {
                    return take(dst);
                }
                if (!await(readers, left)) {
                    throw new OpInterruptedException(READ, PipeAddr.PIPE, null, null);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Copies what fits of the waiting offer into {@code dst}, and tells the writer. */
    private int take(ByteBuffer dst) {
        int n = Math.min(offer.remaining(), dst.remaining());
        dst.put(dst.position(), offer, offer.position(), n);
        dst.position(dst.position() + n);
        offer.position(offer.position() + n);
        offer = null;
        peer.writers.signalAll();
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        Args.notNull(src, "src");
        int start = src.position();
        lock.lock();
        try {
            writeWaitNanos(0);
            while (writing) {
                awaitWritable(0);
            }
            writing = true;
            try {
                // A write of nothing still meets one read, as in Go.
                do {
                    peer.offer = src;
                    peer.readers.signalAll();
                    while (peer.offer == src) {
                        awaitWritable(src.position() - start);
                    }
                } while (src.hasRemaining());
                return src.position() - start;
            } finally {
                if (peer.offer == src) {
                    peer.offer = null;
                }
                writing = false;
                writers.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits on {@link #writers} unless the write must end now; {@code n} is what it wrote so far. */
    private void awaitWritable(int n) throws IOException {
        long left = writeWaitNanos(n);
        if (!await(writers, left)) {
            throw transferred(new OpInterruptedException(WRITE, PipeAddr.PIPE, null, null), n);
        }
    }

    /**
     * How long a write that has written {@code n} bytes may still wait, or the exception that
     * ends it now: the pipe is closed, or its write deadline passed.
     */
    private long writeWaitNanos(int n) throws IOException {
        if (closed || peer.closed) {
            throw new ClosedPipeException();
        }
        long left = writeDeadline.remainingNanos();
        if (left <= 0) {
            throw transferred(new OpTimeoutException(WRITE, PipeAddr.PIPE, null, null), n);
        }
        return left;
    }

    private static <E extends InterruptedIOException> E transferred(E e, int n) {
        e.bytesTransferred = n;
        return e;
    }

    /**
     * Waits on {@code condition} for at most {@code nanos} ({@link Long#MAX_VALUE}: no limit).
     * Returns false if the thread was interrupted, its interrupt status set again.
     */
    private static boolean await(Condition condition, long nanos) {
        try {
            if (nanos == Long.MAX_VALUE) {
                condition.await();
            } else {
                condition.awaitNanos(nanos);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes this end: its own calls fail, the other end reads the end of the stream. Never throws. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                readers.signalAll();
                writers.signalAll();
                peer.readers.signalAll();
                peer.writers.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Addr localAddr() {
        return ADDR;
    }

    @Override
    public Addr remoteAddr() {
        return ADDR;
    }

    @Override
    public void setDeadline(Instant deadline) throws IOException {
        setDeadlines(deadline, true, true);
    }

    @Override
    public void setReadDeadline(Instant deadline) throws IOException {
        setDeadlines(deadline, true, false);
    }

    @Override
    public void setWriteDeadline(Instant deadline) throws IOException {
        setDeadlines(deadline, false, true);
    }

    /** Sets the chosen deadlines and wakes the calls waiting under them, to look at them again. */
    private void setDeadlines(Instant deadline, boolean read, boolean write) throws IOException {
        lock.lock();
        try {
            if (closed || peer.closed) {
                throw new ClosedPipeException();
            }
            if (read) {
                readDeadline.set(deadline);
                readers.signalAll();
            }
            if (write) {
                writeDeadline.set(deadline);
                writers.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
