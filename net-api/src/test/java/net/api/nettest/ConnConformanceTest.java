package net.api.nettest;

import static net.api.nettest.ConnIO.A_LONG_TIME_AGO;
import static net.api.nettest.ConnIO.assertReads;
import static net.api.nettest.ConnIO.assertTimeout;
import static net.api.nettest.ConnIO.chunkedCopy;
import static net.api.nettest.ConnIO.randomStream;
import static net.api.nettest.ConnIO.readFull;
import static net.api.nettest.ConnIO.resync;
import static net.api.nettest.ConnIO.roundtrip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.api.ClosedException;
import net.api.Conn;
import net.api.ConnPair;
import net.api.OpInterruptedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link Conn} must do, Go's {@code nettest.TestConn} (golang.org/x/net/nettest,
 * conntest.go) and the behaviour this library adds: deadlines moved while a call waits,
 * close and interrupt of blocked calls, the stream views, virtual threads. A transport's test
 * extends this class and says in {@link #pair()} how to make a connected pair; Go's
 * {@code pipe_test.go} runs the suite on {@code net.Pipe}, {@code net.api.PipeConformanceTest}
 * does it here.
 *
 * <p>The first eleven tests are Go's, in Go's order. Every test ends within a bound: a test
 * that hangs fails after a minute, and closing the pair afterwards ends its threads, as Go's
 * {@code timeoutWrapper} does.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ConnConformanceTest {

    /** How long tests that wait for something not to happen wait; generous against a busy machine. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    /** A new connected pair: what one end writes, the other reads. */
    protected abstract ConnPair pair() throws IOException;

    /** The two ends of the pair under test. */
    protected Conn c1;
    protected Conn c2;
    /** The test's own threads, ended after each test. */
    protected Tasks tasks;
    private ConnPair pair;

    @BeforeEach
    public final void makePipe() throws IOException {
        pair = pair();
        c1 = pair.first();
        c2 = pair.second();
        tasks = new Tasks();
    }

    @AfterEach
    public final void stop() throws Exception {
        try {
            pair.close();
        } finally {
            tasks.close();
        }
    }

    // ---- Go's nettest.TestConn, in Go's order ----

    /** Go's testBasicIO: a MiB written on c1 arrives whole and in order on c2. */
    @Test
    public void basicIO() throws Exception {
        byte[] want = new byte[1 << 20];
        new Random(0).nextBytes(want);
        Tasks.Task<Void> writer = tasks.run("c1-writer", () -> {
            chunkedCopy(c1.outputStream(), new ByteArrayInputStream(want));
            c1.close();
        });
        Tasks.Task<byte[]> reader = tasks.call("c2-reader", () -> {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            chunkedCopy(got, c2.inputStream());
            c2.close();
            return got.toByteArray();
        });
        writer.join();
        assertArrayEquals(want, reader.join(), "transmitted data differs");
    }

    /** Go's testPingPong: both ends count to 1000 together, each answering the other. */
    @Test
    public void pingPong() throws Exception {
        Tasks.Task<Void> p1 = tasks.run("ping", () -> pingPonger(c1));
        Tasks.Task<Void> p2 = tasks.run("pong", () -> pingPonger(c2));
        c1.write(new byte[8]);
        p1.join();
        p2.join();
    }

    private static void pingPonger(Conn c) throws IOException {
        byte[] buf = new byte[8];
        ByteBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        long prev = 0;
        while (readFull(c, buf)) {
            long v = view.getLong(0);
            view.putLong(0, v + 1);
            if (prev != 0) {
                assertEquals(prev + 2, v, "mismatching value");
            }
            prev = v;
            if (v == 1000) {
                break;
            }
            c.write(buf);
        }
        c.close();
    }

    /** Go's testRacyRead: reads that keep timing out, from ten threads, fail only as timeouts. */
    @Test
    public void racyRead() throws Exception {
        tasks.run("c2-random-writer", () -> chunkedCopy(c2.outputStream(), randomStream(0)));
        racy("c1-reader", c1::read, () -> c1.setReadDeadline(Instant.now().plusMillis(1)));
    }

    /** Go's testRacyWrite: writes that keep timing out, from ten threads, fail only as timeouts. */
    @Test
    public void racyWrite() throws Exception {
        tasks.run("c2-discard", () -> chunkedCopy(OutputStream.nullOutputStream(), c2.inputStream()));
        racy("c1-writer", c1::write, () -> c1.setWriteDeadline(Instant.now().plusMillis(1)));
    }

    /** One read or write into or from a buffer. */
    private interface BufferCall {
        int call(byte[] b) throws IOException;
    }

    /**
     * The body of Go's testRacyRead and testRacyWrite: ten threads make a hundred calls each,
     * under a deadline 1ms away that each timeout renews, and change the buffer at once after
     * each call.
     */
    private void racy(String name, BufferCall call, IOCall renewDeadline) throws Exception {
        renewDeadline.call();
        List<Tasks.Task<Void>> threads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            threads.add(tasks.run(name + "-" + i, () -> {
                byte[] b1 = new byte[1024];
                byte[] b2 = new byte[1024];
                for (int j = 0; j < 100; j++) {
                    try {
                        call.call(b1);
                    } catch (IOException e) {
                        assertTimeout(e);
                        renewDeadline.call();
                    } finally {
                        System.arraycopy(b2, 0, b1, 0, b1.length); // mutate b1 to trigger a potential race
                    }
                }
            }));
        }
        for (Tasks.Task<Void> t : threads) {
            t.join();
        }
    }

    /** Go's testReadTimeout: a read deadline does not touch writes. */
    @Test
    public void readTimeout() throws Exception {
        tasks.run("c2-discard", () -> chunkedCopy(OutputStream.nullOutputStream(), c2.inputStream()));
        c1.setReadDeadline(A_LONG_TIME_AGO);
        assertTimeout(assertThrows(IOException.class, () -> c1.read(new byte[1024])));
        assertEquals(1024, c1.write(new byte[1024]));
    }

    /** Go's testWriteTimeout: a write deadline does not touch reads. */
    @Test
    public void writeTimeout() throws Exception {
        tasks.run("c2-random-writer", () -> chunkedCopy(c2.outputStream(), randomStream(0)));
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        assertTimeout(assertThrows(IOException.class, () -> c1.write(new byte[1024])));
        assertTrue(c1.read(new byte[1024]) > 0, "read after a write timeout");
    }

    /** Go's testPastTimeout: a past deadline fails reads and writes at once, with nothing moved. */
    @Test
    public void pastTimeout() throws Exception {
        tasks.run("c2-echo", () -> chunkedCopy(c2.outputStream(), c2.inputStream()));
        roundtrip(c1);

        c1.setDeadline(A_LONG_TIME_AGO);
        ByteBuffer src = ByteBuffer.allocate(1024);
        IOException we = assertThrows(IOException.class, () -> c1.write(src));
        assertTimeout(we);
        assertEquals(0, src.position(), "write count");
        assertEquals(0, ((InterruptedIOException) we).bytesTransferred, "write bytesTransferred");
        ByteBuffer dst = ByteBuffer.allocate(1024);
        assertTimeout(assertThrows(IOException.class, () -> c1.read(dst)));
        assertEquals(0, dst.position(), "read count");

        roundtrip(c1);
    }

    /** Go's testPresentTimeout: a past deadline set while calls wait ends them at once, and not before. */
    @Test
    public void presentTimeout() throws Exception {
        AtomicBoolean deadlineSet = new AtomicBoolean();
        Tasks.Task<Void> setter = tasks.run("setter", () -> {
            Thread.sleep(100);
            deadlineSet.set(true);
            c1.setReadDeadline(A_LONG_TIME_AGO);
            c1.setWriteDeadline(A_LONG_TIME_AGO);
        });
        Tasks.Task<Void> reader = tasks.run("c1-reader", () -> {
            ByteBuffer dst = ByteBuffer.allocate(1024);
            assertTimeout(assertThrows(IOException.class, () -> c1.read(dst)));
            assertEquals(0, dst.position(), "read count");
            assertTrue(deadlineSet.get(), "read timed out before the deadline was set");
        });
        Tasks.Task<Void> writer = tasks.run("c1-writer", () -> {
            assertTimeout(writeUntilFailure(c1));
            assertTrue(deadlineSet.get(), "write timed out before the deadline was set");
        });
        setter.join();
        reader.join();
        writer.join();
    }

    /** Go's testFutureTimeout: a future deadline ends waiting calls when it comes; the conn goes on. */
    @Test
    public void futureTimeout() throws Exception {
        c1.setDeadline(Instant.now().plusMillis(100));
        Tasks.Task<Void> reader = tasks.run("c1-reader",
                () -> assertTimeout(assertThrows(IOException.class, () -> c1.read(new byte[1024]))));
        Tasks.Task<Void> writer = tasks.run("c1-writer", () -> assertTimeout(writeUntilFailure(c1)));
        reader.join();
        writer.join();

        tasks.run("c2-echo", () -> chunkedCopy(c2.outputStream(), c2.inputStream()));
        resync(c1, tasks);
        roundtrip(c1);
    }

    /** Go's testCloseTimeout: close ends waiting reads and writes, with the closed error. */
    @Test
    public void closeTimeout() throws Exception {
        tasks.run("c2-echo", () -> chunkedCopy(c2.outputStream(), c2.inputStream()));
        c1.setDeadline(null);
        Tasks.Task<Void> closer = tasks.run("closer", () -> {
            Thread.sleep(100);
            c1.close();
        });
        Tasks.Task<IOException> reader = tasks.call("c1-reader", () -> readUntilFailure(c1));
        Tasks.Task<IOException> writer = tasks.call("c1-writer", () -> writeUntilFailure(c1));
        closer.join();
        assertClosed(reader.join());
        assertClosed(writer.join());
    }

    /** Go's testConcurrentMethods: every method at once from many threads; the conn still works after. */
    @Test
    public void concurrentMethods() throws Exception {
        tasks.run("c2-echo", () -> chunkedCopy(c2.outputStream(), c2.inputStream()));
        List<Tasks.Task<Void>> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            all.add(tasks.run("read-" + i, () -> ignoreIOException(() -> c1.read(new byte[1024]))));
            all.add(tasks.run("write-" + i, () -> ignoreIOException(() -> c1.write(new byte[1024]))));
            all.add(tasks.run("deadline-" + i,
                    () -> ignoreIOException(() -> c1.setDeadline(Instant.now().plusMillis(10)))));
            all.add(tasks.run("read-deadline-" + i,
                    () -> ignoreIOException(() -> c1.setReadDeadline(A_LONG_TIME_AGO))));
            all.add(tasks.run("write-deadline-" + i,
                    () -> ignoreIOException(() -> c1.setWriteDeadline(A_LONG_TIME_AGO))));
            all.add(tasks.run("local-addr-" + i, c1::localAddr));
            all.add(tasks.run("remote-addr-" + i, c1::remoteAddr));
        }
        for (Tasks.Task<Void> t : all) {
            t.join(); // at worst the deadline is 10ms away
        }
        resync(c1, tasks);
        roundtrip(c1);
    }

    // ---- deadlines moved while a call waits ----

    /** A read deadline moved later while the read waits keeps it waiting; moved to the past, it ends it. */
    @Test
    public void readDeadlineMovedWhileBlocked() throws Exception {
        c1.setReadDeadline(Instant.now().plusSeconds(1));
        Tasks.Task<Integer> reader = tasks.call("c1-reader", () -> c1.read(new byte[16]));
        reader.awaitBlocked();
        c1.setReadDeadline(Instant.now().plusSeconds(60));
        Thread.sleep(QUIET.toMillis());
        assertFalse(reader.isDone(), "read ended though its deadline moved later");
        c1.setReadDeadline(A_LONG_TIME_AGO);
        assertTimeout(reader.failure(IOException.class));
        assertStillWorks();
    }

    /** A write deadline moved later while the write waits keeps it waiting; moved to the past, it ends it. */
    @Test
    public void writeDeadlineMovedWhileBlocked() throws Exception {
        c1.setWriteDeadline(Instant.now().plusSeconds(1));
        Tasks.Task<IOException> writer = tasks.call("c1-writer", () -> writeUntilFailure(c1));
        writer.awaitBlocked();
        c1.setWriteDeadline(Instant.now().plusSeconds(60));
        Thread.sleep(QUIET.toMillis());
        assertFalse(writer.isDone(), "write ended though its deadline moved later");
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        assertTimeout(writer.join());
        assertStillWorks();
    }

    /** A deadline cleared (null) while a read waits lets it wait on until data comes. */
    @Test
    public void deadlineClearedWhileBlocked() throws Exception {
        c1.setDeadline(Instant.now().plusSeconds(1));
        Tasks.Task<Integer> reader = tasks.call("c1-reader", () -> c1.read(new byte[16]));
        reader.awaitBlocked();
        c1.setDeadline(null);
        Thread.sleep(QUIET.toMillis());
        assertFalse(reader.isDone(), "read ended though its deadline was cleared");
        c2.write(new byte[] {42});
        assertEquals(1, reader.join());
    }

    /** A deadline far off (Instant.MAX) does not time out at once. */
    @Test
    public void farDeadlineDoesNotExpire() throws Exception {
        c1.setDeadline(Instant.MAX);
        Tasks.Task<Integer> reader = tasks.call("c1-reader", () -> c1.read(new byte[16]));
        reader.awaitBlocked();
        c2.write(new byte[] {1, 2, 3});
        assertEquals(3, reader.join());
    }

    /** A deadline long before the epoch (Instant.MIN) has passed. */
    @Test
    public void earliestDeadlineHasPassed() throws Exception {
        c1.setReadDeadline(Instant.MIN);
        assertTimeout(assertThrows(IOException.class, () -> c1.read(new byte[16])));
        c1.setReadDeadline(null);
        assertStillWorks();
    }

    // ---- close ----

    /** Close ends a read waiting on the same end, with the closed error. */
    @Test
    public void closeWhileBlockedInRead() throws Exception {
        Tasks.Task<Integer> reader = tasks.call("c1-reader", () -> c1.read(new byte[16]));
        reader.awaitBlocked();
        c1.close();
        assertClosed(reader.failure(IOException.class));
    }

    /** Close ends a write waiting on the same end, with the closed error. */
    @Test
    public void closeWhileBlockedInWrite() throws Exception {
        Tasks.Task<IOException> writer = tasks.call("c1-writer", () -> writeUntilFailure(c1));
        writer.awaitBlocked();
        c1.close();
        assertClosed(writer.join());
    }

    /** Close ends every call waiting on that end, reads and writes alike. */
    @Test
    public void closeUnblocksAllPendingCalls() throws Exception {
        List<Tasks.Task<IOException>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(tasks.call("c1-reader-" + i, () -> readUntilFailure(c1)));
            waiting.add(tasks.call("c1-writer-" + i, () -> writeUntilFailure(c1)));
        }
        for (Tasks.Task<IOException> t : waiting) {
            t.awaitBlocked();
        }
        c1.close();
        for (Tasks.Task<IOException> t : waiting) {
            assertClosed(t.join());
        }
    }

    /** Many threads closing at once all return normally; the conn is closed afterwards. */
    @Test
    public void concurrentClose() throws Exception {
        Tasks.Task<IOException> reader = tasks.call("c1-reader", () -> readUntilFailure(c1));
        reader.awaitBlocked();
        List<Tasks.Task<Void>> closers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            closers.add(tasks.run("closer-" + i, c1::close));
        }
        for (Tasks.Task<Void> t : closers) {
            t.join();
        }
        assertClosed(reader.join());
        assertClosed(assertThrows(IOException.class, () -> c1.read(new byte[1])));
        assertClosed(assertThrows(IOException.class, () -> c1.write(new byte[1])));
    }

    /** Closing twice is harmless. */
    @Test
    public void closeTwice() throws Exception {
        c1.close();
        c1.close();
        assertClosed(assertThrows(IOException.class, () -> c1.read(new byte[1])));
    }

    /** After the other end closes, a read sees the end of the stream (-1), and so does a waiting one. */
    @Test
    public void remoteCloseEndsStream() throws Exception {
        Tasks.Task<Integer> reader = tasks.call("c1-reader", () -> c1.read(new byte[16]));
        reader.awaitBlocked();
        c2.close();
        assertEquals(-1, reader.join());
        assertEquals(-1, c1.read(new byte[16]));
    }

    // ---- interrupts ----

    /** Interrupting a waiting read ends it with OpInterruptedException, the status kept, the conn open. */
    @Test
    public void interruptBlockedRead() throws Exception {
        Tasks.Task<Boolean> reader = tasks.call("c1-reader", () -> {
            assertThrows(OpInterruptedException.class, () -> c1.read(new byte[16]));
            return Thread.currentThread().isInterrupted();
        });
        reader.awaitBlocked();
        reader.interrupt();
        assertTrue(reader.join(), "interrupt status kept");
        assertStillWorks();
    }

    /** Interrupting a waiting write ends it with OpInterruptedException, the status kept, the conn open. */
    @Test
    public void interruptBlockedWrite() throws Exception {
        Tasks.Task<Boolean> writer = tasks.call("c1-writer", () -> {
            IOException e = writeUntilFailure(c1);
            assertTrue(e instanceof OpInterruptedException, () -> "want OpInterruptedException, got " + e);
            return Thread.currentThread().isInterrupted();
        });
        writer.awaitBlocked();
        writer.interrupt();
        assertTrue(writer.join(), "interrupt status kept");
        tasks.run("c2-discard", () -> chunkedCopy(OutputStream.nullOutputStream(), c2.inputStream()));
        assertEquals(1024, c1.write(new byte[1024]));
        assertStillWorks();
    }

    // ---- stream views and virtual threads ----

    /** The InputStream and OutputStream views carry lines both ways through BufferedReader and PrintWriter. */
    @Test
    public void streamViewsCarryLines() throws Exception {
        Tasks.Task<Integer> server = tasks.call("c2-upper-echo", () -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(c2.inputStream(), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(new OutputStreamWriter(c2.outputStream(), StandardCharsets.UTF_8), true);
            int lines = 0;
            for (String line; (line = in.readLine()) != null; lines++) {
                out.println(line.toUpperCase(Locale.ROOT));
            }
            return lines;
        });
        BufferedReader in = new BufferedReader(new InputStreamReader(c1.inputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(c1.outputStream(), StandardCharsets.UTF_8), true);
        for (int i = 0; i < 100; i++) {
            out.println("line " + i + " ü");
            assertEquals("LINE " + i + " Ü", in.readLine());
        }
        out.close(); // closes c1
        assertEquals(100, server.join());
        assertNull(new BufferedReader(new InputStreamReader(c2.inputStream(), StandardCharsets.UTF_8)).readLine());
    }

    /** Many virtual threads wait in reads at once, and each gets its byte. */
    @Test
    public void manyVirtualThreadsBlockedInRead() throws Exception {
        int n = 64;
        List<Tasks.Task<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            readers.add(tasks.call("c1-reader-" + i, () -> {
                byte[] one = new byte[1];
                assertEquals(1, c1.read(one));
                return one[0] & 0xff;
            }));
        }
        for (Tasks.Task<Integer> r : readers) {
            r.awaitBlocked();
        }
        byte[] all = new byte[n];
        for (int i = 0; i < n; i++) {
            all[i] = (byte) i;
        }
        tasks.run("c2-writer", () -> c2.write(all)).join();
        Set<Integer> got = new HashSet<>();
        for (Tasks.Task<Integer> r : readers) {
            assertTrue(got.add(r.join()), "each byte once");
        }
        assertEquals(n, got.size());
    }

    // ---- helpers ----

    /** c2 can still send to c1 after what the test did to c1's calls. */
    private void assertStillWorks() throws Exception {
        c1.setReadDeadline(null);
        tasks.run("c2-ok-writer", () -> c2.write("ok".getBytes(StandardCharsets.US_ASCII)));
        assertReads(c1, "ok");
    }

    /** Writes 1024 zero bytes at a time until a write throws, and returns what it threw. */
    protected static IOException writeUntilFailure(Conn c) {
        byte[] b = new byte[1024];
        while (true) {
            try {
                c.write(b);
            } catch (IOException e) {
                return e;
            }
        }
    }

    /** Reads until a read throws, and returns what it threw; the end of the stream is a failure. */
    protected static IOException readUntilFailure(Conn c) {
        byte[] b = new byte[1024];
        while (true) {
            try {
                if (c.read(b) < 0) {
                    throw new AssertionError("end of stream, want an exception");
                }
            } catch (IOException e) {
                return e;
            }
        }
    }

    /** {@code e} says the conn was closed: a {@link ClosedException} is in its cause chain. */
    protected static void assertClosed(Throwable e) {
        assertTrue(ClosedException.isClosed(e), () -> "want a closed error, got " + e);
    }

    private interface IOCall {
        void call() throws IOException;
    }

    private static void ignoreIOException(IOCall call) {
        try {
            call.call();
        } catch (IOException e) {
            // Go: "the results of the calls may be nonsensical"; only a crash is wrong here.
        }
    }
}
