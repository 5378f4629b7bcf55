package net.api.poll;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import net.api.ClosedException;

/**
 * Go's {@code fdMutex} ({@code internal/poll/fd_mutex.go}): a reference count of the operations
 * in flight on a descriptor, a read lock and a write lock that serialize operations of one
 * direction, and the closed state. Close waits for no one: it makes pending lock waiters and
 * future operations fail with {@link ClosedException}, and the last operation to drop out
 * learns that the descriptor must now really be closed.
 */
final class FdMutex {

    private static final long CLOSED = 1L;
    private static final long READ_LOCKED = 1L << 1;
    private static final long WRITE_LOCKED = 1L << 2;
    private static final long REF = 1L << 3;
    private static final long REF_MASK = ~(REF - 1);

    private final AtomicLong state = new AtomicLong();
    private final Queue<Thread> readWaiters = new ConcurrentLinkedQueue<>();
    private final Queue<Thread> writeWaiters = new ConcurrentLinkedQueue<>();

    /** Adds a reference for an operation that needs no lock; fails if closed. */
    void incref() throws ClosedException {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                throw new ClosedException();
            }
            if (state.compareAndSet(s, s + REF)) {
                return;
            }
        }
    }

    /** Drops a reference; true if the descriptor is closed and this was the last one. */
    boolean decref() {
        long s = state.addAndGet(-REF);
        return (s & CLOSED) != 0 && (s & REF_MASK) == 0;
    }

    /**
     * Marks the descriptor closed, holding a reference that the caller drops with
     * {@link #decref()}, and wakes the lock waiters (who then fail). False if it already was.
     */
    boolean increfAndClose() {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, (s | CLOSED) + REF)) {
                readWaiters.forEach(LockSupport::unpark);
                writeWaiters.forEach(LockSupport::unpark);
                return true;
            }
        }
    }

    /** Whether the descriptor has been closed. */
    boolean closed() {
        return (state.get() & CLOSED) != 0;
    }

    /** Takes the read lock and a reference (Go's {@code rwlock(true)}). */
    void readLock() throws ClosedException, PollInterruptedException {
        lock(READ_LOCKED, readWaiters);
    }

    /** Takes the write lock and a reference. */
    void writeLock() throws ClosedException, PollInterruptedException {
        lock(WRITE_LOCKED, writeWaiters);
    }

    /** Releases the read lock and its reference; true if the descriptor must now be closed. */
    boolean readUnlock() {
        return unlock(READ_LOCKED, readWaiters);
    }

    /** Releases the write lock and its reference; true if the descriptor must now be closed. */
    boolean writeUnlock() {
        return unlock(WRITE_LOCKED, writeWaiters);
    }

    private void lock(long bit, Queue<Thread> waiters) throws ClosedException, PollInterruptedException {
        if (tryLock(bit)) {
            return;
        }
        Thread me = Thread.currentThread();
        waiters.add(me);
        try {
            while (true) {
                if (waiters.peek() == me && tryLock(bit)) {
                    return;
                }
                if (me.isInterrupted()) {
                    throw new PollInterruptedException();
                }
                LockSupport.park(this);
            }
        } finally {
            waiters.remove(me);
            LockSupport.unpark(waiters.peek());
        }
    }

    /** Takes the lock if free; throws if closed. */
    private boolean tryLock(long bit) throws ClosedException {
        while (true) {
            long s = state.get();
            if ((s & CLOSED) != 0) {
                throw new ClosedException();
            }
            if ((s & bit) != 0) {
                return false;
            }
            if (state.compareAndSet(s, (s | bit) + REF)) {
                return true;
            }
        }
    }

    private boolean unlock(long bit, Queue<Thread> waiters) {
        long s;
        long next;
        do {
            s = state.get();
            next = (s & ~bit) - REF;
        } while (!state.compareAndSet(s, next));
        LockSupport.unpark(waiters.peek());
        return (next & CLOSED) != 0 && (next & REF_MASK) == 0;
    }
}
