package net.api.internal;

import java.time.Instant;

/**
 * The read or the write deadline of one end of a {@link Pipe}, Go's {@code pipeDeadline} in
 * pipe.go. Go arms a timer that closes a channel; here a waiting thread asks how long it may
 * still wait, and whoever moves the deadline wakes the waiters so that they ask again. The
 * instant becomes a {@link System#nanoTime()} reading when it is set, so a later change of the
 * wall clock does not move it, as Go's monotonic clock reading does not. Not thread-safe: the
 * pipe's lock guards it.
 */
final class PipeDeadline {

    /** Waits further off than this (about 146 years) are as good as never ending. */
    static final long FAR_NANOS = Long.MAX_VALUE / 2;

    private static final long FAR_SECONDS = FAR_NANOS / 1_000_000_000L;

    private boolean armed;
    private long atNanos;

    /** Sets the deadline to {@code deadline}, or clears it when {@code deadline} is null. */
    void set(Instant deadline) {
        set(deadline, Instant.now(), System.nanoTime());
    }

    /** {@link #set(Instant)}, as if it were {@code now} and {@code System.nanoTime()} read {@code nowNanos}. */
    void set(Instant deadline, Instant now, long nowNanos) {
        armed = deadline != null;
        if (armed) {
            atNanos = nowNanos + nanosBetween(now, deadline);
        }
    }

    /** How many nanoseconds a call may still wait: {@link Long#MAX_VALUE} if there is no deadline, 0 or less once it passed. */
    long remainingNanos() {
        return remainingNanos(System.nanoTime());
    }

    /** {@link #remainingNanos()}, as if {@code System.nanoTime()} read {@code nowNanos}. */
    long remainingNanos(long nowNanos) {
        return armed ? atNanos - nowNanos : Long.MAX_VALUE;
    }

    /** {@code to - from} in nanoseconds, held within {@code ±FAR_NANOS}, for any two instants. */
    static long nanosBetween(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        if (seconds > FAR_SECONDS) {
            return FAR_NANOS;
        }
        if (seconds < -FAR_SECONDS) {
            return -FAR_NANOS;
        }
        return seconds * 1_000_000_000L + (to.getNano() - from.getNano());
    }
}
