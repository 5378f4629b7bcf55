package net.api.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import net.api.Addr;
import net.api.Conn;
import net.api.OpInterruptedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Happy Eyeballs race of RFC 6555, as Go's {@code dialParallel} in {@code dial.go}: a
 * serial dial of the primary addresses starts at once on a virtual thread, one of the
 * fallbacks after the fallback delay (or as soon as the primaries fail), and the first
 * connection made wins. Used once.
 *
 * <p>Nothing outlives {@link #run}: on every way out, the racers still dialing are interrupted
 * (which makes the transport abandon its attempt and close its socket), awaited, and any
 * connection they made besides the winner is closed.
 */
final class DialRace {

    private static final Logger LOG = LoggerFactory.getLogger("net.dial");

    private final SysDialer sd;
    /** Each racer puts exactly one result; two racers at most, so it never blocks. */
    private final BlockingQueue<Result> results = new ArrayBlockingQueue<>(2);
    private final List<Thread> racers = new ArrayList<>(2);

    private record Result(boolean primary, Conn conn, Throwable error) {
    }

    DialRace(SysDialer sd) {
        this.sd = sd;
    }

    Conn run(List<Addr> primaries, List<Addr> fallbacks) throws IOException {
        Conn winner = null;
        try {
            start(true, primaries);
            long started = System.nanoTime();
            long delay = nanos(sd.fallbackDelay());
            boolean fallbackStarted = false;
            Result primary = null;
            Result fallback = null;
            while (true) {
                Result res;
                if (fallbackStarted) {
                    res = results.take();
                } else {
                    res = results.poll(Math.max(0, delay - (System.nanoTime() - started)), TimeUnit.NANOSECONDS);
                    if (res == null) {
                        start(false, fallbacks);
                        fallbackStarted = true;
                        continue;
                    }
                }
                if (res.error() == null) {
                    winner = res.conn();
                    return winner;
                }
                if (res.primary()) {
                    primary = res;
                } else {
                    fallback = res;
                }
                if (primary != null && fallback != null) {
                    throw asIOException(primary.error());
                }
                if (res.primary() && !fallbackStarted) {
                    start(false, fallbacks);
                    fallbackStarted = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpInterruptedException("dial", sd.network(), sd.local(), null);
        } finally {
            stop(winner);
        }
    }

    private void start(boolean primary, List<Addr> addrs) {
        racers.add(Thread.ofVirtual().name(primary ? "net-dial-primary" : "net-dial-fallback").start(() -> {
            Result r;
            try {
                r = new Result(primary, sd.dialSerial(addrs), null);
            } catch (Throwable t) {
                r = new Result(primary, null, t);
            }
            results.add(r);
        }));
    }

    /** Interrupts the racers, waits for them, and closes every connection but the winner. */
    private void stop(Conn winner) {
        for (Thread t : racers) {
            t.interrupt();
        }
        boolean interrupted = Thread.interrupted();
        for (Thread t : racers) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        for (Result r = results.poll(); r != null; r = results.poll()) {
            if (r.conn() != null && r.conn() != winner) {
                closeLoser(r.conn());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeLoser(Conn c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("closing the connection that lost a dial race: {}", e.toString());
        }
    }

    private static IOException asIOException(Throwable t) {
        if (t instanceof IOException e) {
            return e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) t; // dialSerial throws nothing else
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
