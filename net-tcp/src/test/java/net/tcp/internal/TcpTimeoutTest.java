package net.tcp.internal;

import static net.tcp.internal.Loopback.in;
import static net.tcp.internal.Loopback.past;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.api.NetError;
import net.api.OpError;
import net.api.OpTimeoutException;
import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deadlines, after Go's {@code timeout_test.go}: read, write and accept timeouts, a past
 * deadline failing even when data is there, deadlines moved earlier and later while a call is
 * blocked, and the connection staying usable after a timeout. Bounds on timing are generous.
 */
class TcpTimeoutTest extends LoopbackPairTest {

    /** Go's readTimeoutTests: a deadline 50 ms ahead and one 5 s past, each read twice. */
    static Stream<Arguments> readTimeoutTests() {
        return Stream.of(
                Arguments.of(Duration.ofMillis(50)),
                Arguments.of(Duration.ofSeconds(-5)));
    }

    @ParameterizedTest
    @MethodSource("readTimeoutTests")
    void readTimeout(Duration timeout) throws Exception {
        client.setReadDeadline(Instant.now().plus(timeout));
        for (int i = 0; i < 2; i++) {
            OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> client.read(new byte[16]));
            assertEquals("read", e.op());
            assertEquals("read tcp 127.0.0.1:" + client.localAddr().port() + "->127.0.0.1:" + ln.addr().port()
                    + ": i/o timeout", e.getMessage());
            assertTrue(e.timeout());
            assertTrue(e.temporary());
            assertTrue(NetError.isTimeout(e));
        }
    }

    @Test
    void pastReadDeadlineFailsEvenWithDataWaiting() throws Exception {
        server.write(new byte[] {1, 2, 3});
        Thread.sleep(50);
        client.setReadDeadline(past());
        assertThrows(OpTimeoutException.class, () -> client.read(new byte[16]));
        client.setReadDeadline(null);
        assertEquals(3, client.read(new byte[16]), "usable again after the deadline is cleared");
    }

    @Test
    void acceptTimeoutPastAndFuture() throws Exception {
        ln.setDeadline(past());
        OpTimeoutException e = assertThrows(OpTimeoutException.class, ln::accept);
        assertEquals("accept tcp 127.0.0.1:" + ln.addr().port() + ": i/o timeout", e.getMessage());
        ln.setDeadline(in(Duration.ofMillis(50)));
        assertThrows(OpTimeoutException.class, ln::accept);
    }

    /** Go's TestAcceptTimeoutMustNotReturn: a past deadline then none, and accept blocks again. */
    @Test
    void acceptDeadlineClearedMustNotReturn() throws Exception {
        ln.setDeadline(past());
        ln.setDeadline(null);
        CompletableFuture<Object> f = CompletableFuture.supplyAsync(() -> {
            try {
                return ln.accept();
            } catch (Exception e) {
                return e;
            }
        });
        Thread.sleep(200);
        assertFalse(f.isDone(), "accept returned although no deadline is set: " + (f.isDone() ? f.join() : ""));
        ln.close();
        Object r = f.get(5, TimeUnit.SECONDS);
        assertTrue(r instanceof OpError, "closing unblocks the accept: " + r);
    }

    @Test
    void acceptTimeoutWithConnectionWaiting() throws Exception {
        try (TCPConn c = Loopback.dial(Loopback.target(ln, Loopback.V4))) {
            Thread.sleep(50);
            ln.setDeadline(past());
            assertThrows(OpTimeoutException.class, ln::accept);
            ln.setDeadline(null);
            ln.accept().close();
        }
    }

    @Test
    void writeTimeout() throws Exception {
        client.setWriteBuffer(4096);
        server.setReadBuffer(4096);
        client.setWriteDeadline(in(Duration.ofMillis(100)));
        byte[] chunk = new byte[64 * 1024];
        OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> {
            for (int i = 0; i < 10_000; i++) { // bounded: the buffers fill long before
                client.write(chunk);
            }
        });
        assertEquals("write", e.op());
        assertTrue(e.getMessage().endsWith(": i/o timeout"), e.getMessage());
        client.setWriteDeadline(past());
        assertThrows(OpTimeoutException.class, () -> client.write(new byte[1]));
    }

    @Test
    void readAndWriteDeadlinesAreIndependent() throws Exception {
        client.setReadDeadline(past());
        client.write(new byte[] {7});
        assertEquals(1, server.read(new byte[1]));
        assertThrows(OpTimeoutException.class, () -> client.read(new byte[1]));
        client.setWriteDeadline(past());
        client.setReadDeadline(null);
        server.write(new byte[] {8});
        assertEquals(1, client.read(new byte[1]));
        assertThrows(OpTimeoutException.class, () -> client.write(new byte[1]));
    }

    @Test
    void setDeadlineSetsBoth() throws Exception {
        client.setDeadline(past());
        assertThrows(OpTimeoutException.class, () -> client.read(new byte[1]));
        assertThrows(OpTimeoutException.class, () -> client.write(new byte[1]));
        client.setDeadline(null);
        client.write(new byte[1]);
    }

    /** Go's TestReadTimeoutFluctuation-like: a blocked read whose deadline is moved earlier ends then. */
    @Test
    void deadlineMovedEarlierWhileBlocked() throws Exception {
        client.setReadDeadline(in(Duration.ofMinutes(5)));
        CompletableFuture<Throwable> f = blockedRead(client);
        Thread.sleep(100);
        assertFalse(f.isDone());
        long t0 = System.nanoTime();
        client.setReadDeadline(in(Duration.ofMillis(100)));
        Throwable e = f.get(10, TimeUnit.SECONDS);
        assertTrue(e instanceof OpTimeoutException, String.valueOf(e));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "ended long after the moved deadline");
    }

    @Test
    void deadlineMovedToThePastUnblocksAtOnce() throws Exception {
        CompletableFuture<Throwable> f = blockedRead(client);
        Thread.sleep(100);
        assertFalse(f.isDone());
        client.setReadDeadline(past());
        assertTrue(f.get(10, TimeUnit.SECONDS) instanceof OpTimeoutException);
    }

    /** Go's TestVariousDeadlines idea: extending a deadline keeps the call waiting, and data then arrives. */
    @Test
    void deadlineMovedLaterWhileBlocked() throws Exception {
        client.setReadDeadline(in(Duration.ofMillis(300)));
        CompletableFuture<Throwable> f = blockedRead(client);
        Thread.sleep(50);
        client.setReadDeadline(in(Duration.ofMinutes(5)));
        Thread.sleep(500);
        assertFalse(f.isDone(), "the read gave up at the old deadline: " + (f.isDone() ? f.join() : ""));
        server.write(new byte[] {42});
        assertEquals(null, f.get(10, TimeUnit.SECONDS), "the read got the byte");
    }

    @Test
    void deadlineClearedWhileBlocked() throws Exception {
        client.setReadDeadline(in(Duration.ofMillis(300)));
        CompletableFuture<Throwable> f = blockedRead(client);
        Thread.sleep(50);
        client.setReadDeadline(null);
        Thread.sleep(500);
        assertFalse(f.isDone());
        server.write(new byte[] {1});
        assertEquals(null, f.get(10, TimeUnit.SECONDS));
    }

    @Test
    void acceptDeadlineMovedWhileBlocked() throws Exception {
        CompletableFuture<Throwable> f = CompletableFuture.supplyAsync(() -> {
            try {
                ln.accept().close();
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        Thread.sleep(100);
        assertFalse(f.isDone());
        ln.setDeadline(in(Duration.ofMillis(50)));
        assertTrue(f.get(10, TimeUnit.SECONDS) instanceof OpTimeoutException);
    }

    @Test
    void writeDeadlineMovedWhileBlocked() throws Exception {
        client.setWriteBuffer(4096);
        CompletableFuture<Thread> writer = new CompletableFuture<>();
        CompletableFuture<Throwable> f = CompletableFuture.supplyAsync(() -> {
            writer.complete(Thread.currentThread());
            try {
                client.write(new byte[64 << 20]);
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        // parked in the poller: the send buffer is full, so some bytes are written already
        Thread t = writer.get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 1000 && t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(10);
        }
        assertFalse(f.isDone());
        client.setWriteDeadline(past());
        Throwable e = f.get(10, TimeUnit.SECONDS);
        assertTrue(e instanceof OpTimeoutException, String.valueOf(e));
        int written = ((OpTimeoutException) e).bytesTransferred;
        assertTrue(written > 0 && written < 64 << 20, "Go's n with the error: " + written);
    }

    /** Go's TestConcurrentSetDeadline: deadlines set from many threads at once while calls run. */
    @Test
    void concurrentSetDeadline() throws Exception {
        CompletableFuture<Throwable> f = blockedRead(client);
        Thread[] setters = new Thread[4];
        for (int i = 0; i < setters.length; i++) {
            int k = i;
            setters[i] = Thread.ofVirtual().start(() -> {
                for (int j = 0; j < 2000; j++) {
                    try {
                        Instant d = j % 3 == 0 ? null : Instant.now().plusSeconds(60 + k);
                        client.setReadDeadline(d);
                        client.setWriteDeadline(d);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            });
        }
        for (Thread t : setters) {
            assertTrue(t.join(Duration.ofSeconds(20)));
        }
        assertFalse(f.isDone(), "no deadline that was set has passed: " + (f.isDone() ? f.join() : ""));
        client.setReadDeadline(past());
        assertTrue(f.get(10, TimeUnit.SECONDS) instanceof OpTimeoutException);
    }

    /**
     * Go's TestReadWriteDeadlineRace: reads and writes with deadlines moved all the time end
     * only with data or with a timeout, and the connection keeps working.
     */
    @Test
    void readWriteDeadlineRace() throws Exception {
        int n = 1000;
        Thread mover = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < n; i++) {
                try {
                    client.setDeadline(Instant.now().plusNanos(1_000 * (i % 50)));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
        });
        Thread writer = Thread.ofVirtual().start(() -> {
            byte[] b = new byte[1024];
            for (int i = 0; i < n; i++) {
                try {
                    client.write(b);
                } catch (OpTimeoutException e) {
                    // expected now and then
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
        });
        byte[] b = new byte[1024];
        for (int i = 0; i < n; i++) {
            try {
                client.read(b);
            } catch (OpTimeoutException e) {
                // expected now and then
            }
        }
        assertTrue(mover.join(Duration.ofSeconds(20)));
        assertTrue(writer.join(Duration.ofSeconds(20)));
        client.setDeadline(null);
        server.setDeadline(in(Duration.ofSeconds(10)));
        server.write(new byte[] {9});
        ByteBuffer one = ByteBuffer.allocate(1);
        assertEquals(1, client.read(one));
        assertEquals(9, one.get(0));
    }

    /** A virtual thread reading one byte; completes with null on success or the exception thrown. */
    static CompletableFuture<Throwable> blockedRead(TCPConn c) {
        CompletableFuture<Throwable> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                int n = c.read(ByteBuffer.allocate(1));
                f.complete(n == 1 ? null : new AssertionError("read returned " + n));
            } catch (Throwable e) {
                f.complete(e);
            }
        });
        return f;
    }
}
