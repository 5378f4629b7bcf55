package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent loopback connections on virtual threads, every one blocked in a read at the
 * same time before the echo, and no file descriptor left open afterwards. 10,000 connections
 * need 20,000 descriptors (both ends); with a smaller limit the count is scaled down to fit.
 */
class TcpManyConnsTest {

    private static final int WANTED = 10_000;
    private static final int SPARE_FDS = 500;
    private static final int DIALS_AT_ONCE = 256;

    @Test
    void manyConnectionsOnVirtualThreads() throws Exception {
        Loopback.listen().close(); // starts the poller, whose selector's descriptors stay open for good
        long before = Loopback.openFds();
        int n = (int) Math.min(WANTED, (Loopback.fdLimit() - before - SPARE_FDS) / 2);
        assertTrue(n >= 1000, "the descriptor limit is too low for this test: " + Loopback.fdLimit());
        if (n < WANTED) {
            System.err.println("TcpManyConnsTest: fd limit " + Loopback.fdLimit() + " allows " + n
                    + " connections, not " + WANTED + " (raise ulimit -n to 21000 for the full count)");
        }
        AtomicInteger echoed = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch allConnected = new CountDownLatch(n);
        Semaphore dialing = new Semaphore(DIALS_AT_ONCE);
        List<TCPConn> accepted = new ArrayList<>();
        List<Thread> echoes = new ArrayList<>();
        try (TCPListener ln = Loopback.listen();
             ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        TCPConn s = ln.accept();
                        dialing.release();
                        accepted.add(s);
                        echoes.add(Thread.ofVirtual().start(() -> echo(s, errors)));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            for (int i = 0; i < n; i++) {
                vts.submit(() -> {
                    try (TCPConn c = dialPaced(ln, dialing)) {
                        allConnected.countDown();
                        allConnected.await(); // every server side is now blocked in read
                        c.setDeadline(Loopback.in(Duration.ofSeconds(30)));
                        c.write(new byte[] {7});
                        ByteBuffer b = ByteBuffer.allocate(1);
                        if (c.read(b) == 1 && b.get(0) == 7) {
                            echoed.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                        allConnected.countDown();
                    }
                });
            }
            vts.shutdown();
            assertTrue(vts.awaitTermination(50, TimeUnit.SECONDS), "connections did not finish in time");
            assertTrue(acceptor.join(Duration.ofSeconds(5)));
            for (Thread t : echoes) { // each ends when it reads its client's close
                assertTrue(t.join(Duration.ofSeconds(30)));
            }
        } finally {
            for (TCPConn s : accepted) {
                s.close();
            }
        }
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors, first: " + errors.peek());
        assertEquals(n, echoed.get());
        long after = Loopback.awaitFdsAtMost(before);
        assertTrue(after <= before, "descriptors left open: before " + before + ", after " + after);
    }

    /**
     * Dials once fewer than {@value #DIALS_AT_ONCE} connections wait to be accepted (the acceptor
     * releases a permit per accept), so that the listener's accept queue (somaxconn) never
     * overflows and drops handshakes.
     */
    private static TCPConn dialPaced(TCPListener ln, Semaphore unaccepted) throws Exception {
        unaccepted.acquire();
        try {
            return Loopback.dial(Loopback.target(ln, Loopback.V4));
        } catch (Exception e) {
            unaccepted.release();
            throw e;
        }
    }

    private static void echo(TCPConn s, ConcurrentLinkedQueue<Throwable> errors) {
        try {
            s.setDeadline(Loopback.in(Duration.ofSeconds(30)));
            ByteBuffer b = ByteBuffer.allocate(1);
            if (s.read(b) == 1) {
                s.write(b.flip());
            }
            s.read(b.clear()); // the client's close
        } catch (Throwable e) {
            errors.add(e);
        }
    }
}
