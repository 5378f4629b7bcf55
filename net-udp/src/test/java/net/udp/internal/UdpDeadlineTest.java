package net.udp.internal;

import static net.udp.internal.Udp.buf;
import static net.udp.internal.Udp.listen;
import static net.udp.internal.Udp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.api.ClosedException;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;
import net.udp.UDPConn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deadlines, close and interrupt on UDP sockets: the packet cases of Go's timeout_test.go
 * (TestReadFromTimeout, TestWriteToTimeout) and the poller's wake-ups. Bounds are generous.
 */
@ExtendWith(NoFdLeft.class)
class UdpDeadlineTest {

    /** How long a blocked call is given to reach its wait before it is disturbed. */
    private static final long SETTLE_MILLIS = 100;
    // ---- Go's readFromTimeoutTests: {timeout, [error of the 1st read, of the 2nd]} ----

    static Stream<Arguments> readFromTimeouts() {
        return Stream.of(
                Arguments.of(Duration.ofSeconds(-5), true, true), // fails even with data ready
                Arguments.of(Duration.ofMillis(50), false, true));
    }

    @ParameterizedTest
    @MethodSource("readFromTimeouts")
    void readFromTimeout(Duration timeout, boolean firstTimesOut, boolean secondTimesOut) throws IOException {
        try (UDPConn server = listen(); UDPConn c = listen()) {
            server.writeTo(buf("READFROM TIMEOUT TEST"), c.localAddr());
            c.setReadDeadline(Instant.now().plus(timeout));
            boolean[] want = {firstTimesOut, secondTimesOut};
            for (boolean timesOut : want) {
                ByteBuffer b = ByteBuffer.allocate(1);
                if (timesOut) {
                    OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> c.readFrom(b));
                    assertTrue(e.timeout());
                    assertEquals(0, b.position());
                } else {
                    assertEquals(server.localAddr(), c.readFrom(b));
                }
            }
        }
    }

    // ---- Go's TestWriteToTimeout: a past write deadline fails at once, and again ----

    @Test
    void writeToTimeout() throws IOException {
        try (UDPConn server = listen(); UDPConn c = listen()) {
            c.setWriteDeadline(Instant.now().minusSeconds(5));
            for (int i = 0; i < 2; i++) {
                OpTimeoutException e = assertThrows(OpTimeoutException.class,
                        () -> c.writeTo(buf("WRITETO TIMEOUT TEST"), server.localAddr()));
                assertEquals("write udp " + c.localAddr() + "->" + server.localAddr() + ": i/o timeout", e.getMessage());
            }
            c.setWriteDeadline(null); // the socket stays usable
            assertEquals(4, c.writeTo(buf("okay"), server.localAddr()));
        }
    }

    // ---- deadlines moved while a call is blocked ----

    @Test
    void readDeadlineMovedWhileBlocked() throws Exception {
        try (UDPConn c = listen()) {
            c.setReadDeadline(Instant.now().plusMillis(200));
            CompletableFuture<Throwable> read = blockedRead(c);
            Thread.sleep(SETTLE_MILLIS);
            c.setReadDeadline(Instant.now().plusSeconds(60)); // later: the read keeps waiting
            Thread.sleep(400);
            assertFalse(read.isDone(), "the read ended although its deadline was moved later");
            c.setReadDeadline(Instant.now().minusSeconds(1)); // past: the read ends at once
            assertInstanceOf(OpTimeoutException.class, read.get(10, TimeUnit.SECONDS));
            c.setReadDeadline(null); // and the socket reads again
            c.writeTo(buf("again"), c.localAddr());
            ByteBuffer b = ByteBuffer.allocate(8);
            c.readFrom(b);
            assertEquals("again", text(b));
        }
    }

    @Test
    void readDeadlineShortenedWhileBlocked() throws Exception {
        try (UDPConn c = listen()) {
            CompletableFuture<Throwable> read = blockedRead(c);
            Thread.sleep(SETTLE_MILLIS);
            c.setDeadline(Instant.now().plusMillis(50));
            assertInstanceOf(OpTimeoutException.class, read.get(10, TimeUnit.SECONDS));
        }
    }

    /**
     * A write blocks only while the send buffer is full, which loopback UDP hardly ever is, so
     * the write side is driven through the deadline checks: one moved into the past between
     * writes fails the next, one moved later lets it through.
     */
    @Test
    void writeDeadlineMoved() throws IOException {
        try (UDPConn server = listen(); UDPConn c = UDPConn.dialUDP("udp", null, server.localAddr())) {
            c.setWriteDeadline(Instant.now().plusSeconds(60));
            assertEquals(1, c.write(buf("a")));
            c.setWriteDeadline(Instant.now().minusMillis(1));
            assertThrows(OpTimeoutException.class, () -> c.write(buf("b")));
            c.setWriteDeadline(Instant.now().plusSeconds(60));
            assertEquals(1, c.write(buf("c")));
        }
    }

    // ---- close while blocked ----

    @Test
    void closeUnblocksReadFrom() throws Exception {
        UDPConn c = listen();
        CompletableFuture<Throwable> read = blockedRead(c);
        Thread.sleep(SETTLE_MILLIS);
        c.close();
        Throwable t = read.get(10, TimeUnit.SECONDS);
        assertInstanceOf(OpException.class, t);
        assertTrue(ClosedException.isClosed(t));
        assertEquals("read udp " + c.localAddr() + ": use of closed network connection", t.getMessage());
    }

    @Test
    void closeUnblocksConnectedRead() throws Exception {
        try (UDPConn server = listen()) {
            UDPConn c = UDPConn.dialUDP("udp", null, server.localAddr());
            CompletableFuture<Throwable> read = CompletableFuture.supplyAsync(() -> failure(() -> c.read(ByteBuffer.allocate(8))),
                    r -> Thread.ofVirtual().start(r));
            Thread.sleep(SETTLE_MILLIS);
            c.close();
            assertTrue(ClosedException.isClosed(read.get(10, TimeUnit.SECONDS)));
        }
    }

    // ---- interrupt ----

    @Test
    void interruptEndsReadAndKeepsSocket() throws Exception {
        try (UDPConn c = listen()) {
            Throwable[] got = new Throwable[1];
            boolean[] stillInterrupted = new boolean[1];
            Thread t = Thread.ofVirtual().start(() -> {
                got[0] = failure(() -> c.readFrom(ByteBuffer.allocate(8)));
                stillInterrupted[0] = Thread.currentThread().isInterrupted();
            });
            Thread.sleep(SETTLE_MILLIS);
            t.interrupt();
            assertTrue(t.join(Duration.ofSeconds(10)));
            assertInstanceOf(OpInterruptedException.class, got[0]);
            assertTrue(stillInterrupted[0], "the interrupt status is kept");
            c.writeTo(buf("still open"), c.localAddr());
            c.setReadDeadline(Instant.now().plusSeconds(10));
            ByteBuffer b = ByteBuffer.allocate(16);
            c.readFrom(b);
            assertEquals("still open", text(b));
        }
    }

    // ---- helpers ----

    /** A read from {@code c} on a virtual thread; completes with what it threw (null if nothing). */
    private static CompletableFuture<Throwable> blockedRead(UDPConn c) {
        return CompletableFuture.supplyAsync(() -> failure(() -> c.readFrom(ByteBuffer.allocate(8))),
                r -> Thread.ofVirtual().start(r));
    }

    /** An I/O call. */
    @FunctionalInterface
    private interface Call {
        Object call() throws IOException;
    }

    private static Throwable failure(Call call) {
        try {
            call.call();
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
