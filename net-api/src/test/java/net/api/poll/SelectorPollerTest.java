package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.api.ClosedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The selector loop, on a virtual and on a platform thread, with waiters that park at every
 * read (no spin): no wake-up is lost over many waits, and close releases a waiter and the
 * channel.
 */
class SelectorPollerTest {

    private static final int ROUNDS = 3000;

    private SelectorPoller poller;

    @AfterEach
    void shutdown() throws IOException {
        if (poller != null) {
            poller.shutdown();
        }
    }

    @ParameterizedTest(name = "virtual poller thread: {0}")
    @ValueSource(booleans = {true, false})
    void pingPongLosesNoWakeUp(boolean virtual) throws Exception {
        poller = SelectorPoller.start(SelectorProvider.provider(), virtual);
        Pipe there = Pipe.open();
        Pipe back = Pipe.open();
        try {
            PollDesc thereIn = source(there);
            PollDesc backIn = source(back);
            // the echo side on a platform thread, the pinging side on a virtual one
            CompletableFuture<Integer> echoed = run(Thread.ofPlatform(), () -> {
                ByteBuffer b = ByteBuffer.allocate(1);
                for (int i = 0; i < ROUNDS; i++) {
                    readOne(thereIn, b);
                    b.flip();
                    back.sink().write(b);
                }
                return ROUNDS;
            });
            CompletableFuture<Integer> pinged = run(Thread.ofVirtual(), () -> {
                ByteBuffer b = ByteBuffer.allocate(1);
                for (int i = 0; i < ROUNDS; i++) {
                    there.sink().write(b.clear().put((byte) i).flip());
                    readOne(backIn, b);
                    if (b.get(0) != (byte) i) {
                        throw new AssertionError("round " + i + " got " + b.get(0));
                    }
                }
                return ROUNDS;
            });
            assertEquals(ROUNDS, pinged.get(60, TimeUnit.SECONDS));
            assertEquals(ROUNDS, echoed.get(60, TimeUnit.SECONDS));
            thereIn.destroy();
            backIn.destroy();
        } finally {
            closeAll(there, back);
        }
    }

    @ParameterizedTest(name = "virtual poller thread: {0}")
    @ValueSource(booleans = {true, false})
    void evictReleasesTheWaiterAndDestroyClosesTheChannel(boolean virtual) throws Exception {
        poller = SelectorPoller.start(SelectorProvider.provider(), virtual);
        Pipe pipe = Pipe.open();
        try {
            PollDesc pd = source(pipe);
            CompletableFuture<Integer> waiting = run(Thread.ofVirtual(), () -> {
                readOne(pd, ByteBuffer.allocate(1));
                return 1;
            });
            Thread.sleep(100);
            assertFalse(waiting.isDone(), "parked: no data yet");
            pd.evict();
            assertInstanceOf(ClosedException.class, failure(waiting));
            pd.destroy();
            assertFalse(pipe.source().isOpen());
            assertTrue(pd.key == null || !pd.key.isValid(), "key cancelled");
        } finally {
            closeAll(pipe);
        }
    }

    @Test
    void shutdownEndsAPlatformPollersThread() throws Exception {
        long before = platformPollerThreads();
        SelectorPoller p = SelectorPoller.start(SelectorProvider.provider(), false);
        assertEquals(before + 1, platformPollerThreads());
        p.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (platformPollerThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(before, platformPollerThreads());
    }

    private static long platformPollerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("net-poller-") && t.isAlive())
                .count();
    }

    private PollDesc source(Pipe pipe) throws IOException {
        pipe.source().configureBlocking(false);
        return new PollDesc(pipe.source(), poller);
    }

    /** Reads one byte into {@code b} (cleared first), parking in the poller while there is none. */
    private static void readOne(PollDesc pd, ByteBuffer b) throws IOException {
        b.clear();
        pd.prepareRead();
        while (((Pipe.SourceChannel) pd.channel()).read(b) == 0) {
            pd.waitRead();
        }
    }

    @FunctionalInterface
    private interface Body {
        int run() throws Exception;
    }

    private static CompletableFuture<Integer> run(Thread.Builder builder, Body body) {
        CompletableFuture<Integer> f = new CompletableFuture<>();
        builder.start(() -> {
            try {
                f.complete(body.run());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** What {@code f} failed with; an error if it completed normally. */
    private static Throwable failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("completed normally");
    }

    private static void closeAll(Pipe... pipes) throws IOException {
        for (Pipe p : pipes) {
            p.source().close();
            p.sink().close();
        }
    }
}
