package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.api.ClosedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The poller on a pipe (no network): a read parks until data, a deadline, a moved deadline, a
 * close or an interrupt ends it; close is deferred until in-flight operations drop out.
 */
class PollFdTest {

    private Pipe pipe;
    private PollFd source;

    @BeforeEach
    void open() throws Exception {
        pipe = Pipe.open();
        source = new PollFd(pipe.source());
    }

    @AfterEach
    void close() throws Exception {
        if (!source.closed()) {
            source.close();
        }
        pipe.sink().close();
    }

    /** Starts a virtual thread reading one byte; completes with the byte count or what was thrown. */
    private CompletableFuture<Object> read() {
        CompletableFuture<Object> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                ByteBuffer b = ByteBuffer.allocate(1);
                f.complete(source.read(() -> pipe.source().read(b)));
            } catch (Throwable e) {
                f.complete(e);
            }
        });
        return f;
    }

    private void send() throws Exception {
        pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
    }

    @Test
    void readWaitsForData() throws Exception {
        CompletableFuture<Object> f = read();
        Thread.sleep(100);
        assertFalse(f.isDone());
        send();
        assertEquals(1L, f.get(10, TimeUnit.SECONDS));
    }

    @Test
    void deadlinePasses() throws Exception {
        source.setReadDeadline(Instant.now().plusMillis(50));
        assertInstanceOf(DeadlineExceededException.class, read().get(10, TimeUnit.SECONDS));
        source.setReadDeadline(Instant.now().minusSeconds(1));
        send();
        assertInstanceOf(DeadlineExceededException.class, read().get(10, TimeUnit.SECONDS),
                "a past deadline fails although data is there");
        source.setReadDeadline(null);
        assertEquals(1L, read().get(10, TimeUnit.SECONDS));
    }

    @Test
    void deadlineMovedEarlierAndLater() throws Exception {
        source.setReadDeadline(Instant.now().plusSeconds(300));
        CompletableFuture<Object> f = read();
        Thread.sleep(50);
        source.setReadDeadline(Instant.now().plusMillis(50));
        assertInstanceOf(DeadlineExceededException.class, f.get(10, TimeUnit.SECONDS));

        source.setReadDeadline(Instant.now().plusMillis(200));
        f = read();
        Thread.sleep(50);
        source.setReadDeadline(Instant.now().plusSeconds(300));
        Thread.sleep(400);
        assertFalse(f.isDone(), "extended: still waiting");
        send();
        assertEquals(1L, f.get(10, TimeUnit.SECONDS));
    }

    @Test
    void farDeadlinesAreNoDeadline() throws Exception {
        source.setReadDeadline(Instant.MAX);
        send();
        assertEquals(1L, read().get(10, TimeUnit.SECONDS));
        source.setReadDeadline(Instant.MIN);
        assertInstanceOf(DeadlineExceededException.class, read().get(10, TimeUnit.SECONDS));
    }

    @Test
    void closeUnblocksAndClosesAfterTheLastOperation() throws Exception {
        CompletableFuture<Object> f = read();
        Thread.sleep(100);
        source.close();
        assertInstanceOf(ClosedException.class, f.get(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pipe.source().isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(pipe.source().isOpen(), "the channel is closed once the read dropped out");
        assertFalse(source.close(), "closing again does nothing");
        assertThrows(ClosedException.class, () -> source.setReadDeadline(null));
    }

    @Test
    void closeDuringAnOperationDefersTheChannelsClose() throws Exception {
        CompletableFuture<Void> inside = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Boolean> openInside = new CompletableFuture<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                source.withRef(() -> {
                    inside.complete(null);
                    release.join();
                    openInside.complete(pipe.source().isOpen());
                    return null;
                });
            } catch (Exception e) {
                openInside.completeExceptionally(e);
            }
        });
        inside.get(10, TimeUnit.SECONDS);
        source.close();
        release.complete(null);
        assertTrue(openInside.get(10, TimeUnit.SECONDS), "not closed under a running operation");
        assertTrue(t.join(Duration.ofSeconds(10)));
        assertFalse(pipe.source().isOpen(), "closed by the operation that dropped out last");
    }

    @Test
    void interruptLeavesTheChannelOpen() throws Exception {
        CompletableFuture<Object> f = new CompletableFuture<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                ByteBuffer b = ByteBuffer.allocate(1);
                f.complete(source.read(() -> pipe.source().read(b)));
            } catch (Throwable e) {
                f.complete(Thread.currentThread().isInterrupted() ? e : new AssertionError("status lost", e));
            }
        });
        Thread.sleep(100);
        t.interrupt();
        assertInstanceOf(PollInterruptedException.class, f.get(10, TimeUnit.SECONDS));
        assertTrue(pipe.source().isOpen());
        send();
        assertEquals(1L, read().get(10, TimeUnit.SECONDS));
    }
}
