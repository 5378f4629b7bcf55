package net.api;

import static net.api.nettest.ConnIO.A_LONG_TIME_AGO;
import static net.api.nettest.ConnIO.assertReads;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.api.nettest.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link Net#pipe()} does beyond the Conn conformance suite: Go's TestPipeCloseError
 * (pipe_test.go), the error texts of pipe.go, the rendezvous of reads and writes (a write
 * waits for all of it to be read, zero-length writes and reads), partial writes, and the
 * argument checks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PipeTest {

    private ConnPair pair;
    private Conn c1;
    private Conn c2;
    private Tasks tasks;

    @BeforeEach
    void makePipe() {
        pair = Net.pipe();
        c1 = pair.first();
        c2 = pair.second();
        tasks = new Tasks();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            pair.close();
        } finally {
            tasks.close();
        }
    }

    // ---- Go's TestPipeCloseError, then the cases it leaves out ----

    /** One call on a pipe whose first end is closed. */
    @FunctionalInterface
    interface PipeCall {
        int call(Conn c1, Conn c2) throws IOException;
    }

    private static final int EOF = -1;
    private static final int CLOSED_PIPE = -2;

    static Stream<Arguments> closeErrorCases() {
        return Stream.of(
                // Go's TestPipeCloseError, in Go's order.
                Arguments.of("c1.Read", (PipeCall) (a, b) -> a.read(new byte[0]), CLOSED_PIPE),
                Arguments.of("c1.Write", (PipeCall) (a, b) -> a.write(new byte[0]), CLOSED_PIPE),
                Arguments.of("c1.SetDeadline", (PipeCall) (a, b) -> set(() -> a.setDeadline(null)), CLOSED_PIPE),
                Arguments.of("c2.Read", (PipeCall) (a, b) -> b.read(new byte[0]), EOF),
                Arguments.of("c2.Write", (PipeCall) (a, b) -> b.write(new byte[0]), CLOSED_PIPE),
                Arguments.of("c2.SetDeadline", (PipeCall) (a, b) -> set(() -> b.setDeadline(null)), CLOSED_PIPE),
                // Added: non-empty buffers, the other deadline setters.
                Arguments.of("c1.Read(16)", (PipeCall) (a, b) -> a.read(new byte[16]), CLOSED_PIPE),
                Arguments.of("c1.Write(16)", (PipeCall) (a, b) -> a.write(new byte[16]), CLOSED_PIPE),
                Arguments.of("c2.Read(16)", (PipeCall) (a, b) -> b.read(new byte[16]), EOF),
                Arguments.of("c2.Write(16)", (PipeCall) (a, b) -> b.write(new byte[16]), CLOSED_PIPE),
                Arguments.of("c1.SetReadDeadline",
                        (PipeCall) (a, b) -> set(() -> a.setReadDeadline(Instant.now())), CLOSED_PIPE),
                Arguments.of("c1.SetWriteDeadline",
                        (PipeCall) (a, b) -> set(() -> a.setWriteDeadline(Instant.now())), CLOSED_PIPE),
                Arguments.of("c2.SetReadDeadline",
                        (PipeCall) (a, b) -> set(() -> b.setReadDeadline(Instant.now())), CLOSED_PIPE),
                Arguments.of("c2.SetWriteDeadline",
                        (PipeCall) (a, b) -> set(() -> b.setWriteDeadline(Instant.now())), CLOSED_PIPE));
    }

    private interface Setter {
        void set() throws IOException;
    }

    private static int set(Setter s) throws IOException {
        s.set();
        return 0;
    }

    /** Go's TestPipeCloseError: after c1.Close, c1 fails with io.ErrClosedPipe, c2 reads EOF. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("closeErrorCases")
    void closeError(String name, PipeCall call, int want) throws IOException {
        c1.close();
        if (want == EOF) {
            assertEquals(EOF, call.call(c1, c2), name);
            return;
        }
        IOException e = assertThrows(IOException.class, () -> call.call(c1, c2), name);
        assertSame(ClosedPipeException.class, e.getClass(), name + ": unwrapped, as Go's io.ErrClosedPipe");
        assertEquals("io: read/write on closed pipe", e.getMessage(), name);
        assertTrue(ClosedException.isClosed(e), name + ": ClosedException.isClosed");
    }

    // ---- errors and addresses ----

    @Test
    void closedPipeExceptionIsClosedAndNotTimeout() {
        ClosedPipeException e = new ClosedPipeException();
        assertEquals(ClosedPipeException.MESSAGE, e.getMessage());
        assertInstanceOf(ClosedException.class, e.getCause());
        assertEquals("use of closed network connection", e.getCause().getMessage());
        assertFalse(e.timeout());
        assertFalse(e.temporary());
        assertFalse(NetError.isTimeout(e));
    }

    /** pipe.go wraps a deadline error in OpError{Op, Net: "pipe"} without addresses: "read pipe: i/o timeout". */
    @Test
    void timeoutTexts() throws IOException {
        c1.setDeadline(A_LONG_TIME_AGO);
        OpTimeoutException r = assertThrows(OpTimeoutException.class, () -> c1.read(new byte[1]));
        assertEquals("read pipe: i/o timeout", r.getMessage());
        assertOpError(r, "read");
        assertTrue(r.timeout());
        assertTrue(r.temporary());
        assertInstanceOf(SocketTimeoutException.class, r);
        OpTimeoutException w = assertThrows(OpTimeoutException.class, () -> c1.write(new byte[1]));
        assertEquals("write pipe: i/o timeout", w.getMessage());
        assertOpError(w, "write");
    }

    private static void assertOpError(OpError e, String op) {
        assertEquals(op, e.op());
        assertEquals("pipe", e.network());
        assertNull(e.source());
        assertNull(e.addr());
    }

    @Test
    void interruptTexts() throws Exception {
        assertInterruptText("read", () -> c1.read(new byte[1]));
        assertInterruptText("write", () -> c1.write(new byte[1]));
    }

    /** Interrupts {@code call} once it waits, and checks the text, "read pipe: interrupted". */
    private void assertInterruptText(String op, Tasks.Body<Integer> call) throws Exception {
        Tasks.Task<Integer> t = tasks.call("c1-" + op, call);
        t.awaitBlocked();
        t.interrupt();
        OpInterruptedException e = t.failure(OpInterruptedException.class);
        assertEquals(op + " pipe: interrupted", e.getMessage());
        assertOpError(e, op);
    }

    /** Go's pipeAddr: "pipe" for Network and String, at both ends, local and remote. */
    @Test
    void addresses() {
        for (Addr a : List.of(c1.localAddr(), c1.remoteAddr(), c2.localAddr(), c2.remoteAddr())) {
            assertEquals("pipe", a.network());
            assertEquals("pipe", a.toString());
        }
        assertEquals(c1.localAddr(), c2.remoteAddr());
    }

    // ---- the rendezvous ----

    /** A write waits until reads have taken all of it, in as many pieces as their buffers hold. */
    @Test
    void writeWaitsUntilAllIsRead() throws Exception {
        byte[] data = "0123456789".getBytes(StandardCharsets.US_ASCII);
        Tasks.Task<Integer> writer = tasks.call("c1-writer", () -> c1.write(data));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] b = new byte[3];
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = c2.read(b);
            counts.add(n);
            got.write(b, 0, n);
        }
        Thread.sleep(200);
        assertFalse(writer.isDone(), "write returned before all of it was read");
        int n = c2.read(b);
        counts.add(n);
        got.write(b, 0, n);
        assertEquals(List.of(3, 3, 3, 1), counts);
        assertEquals(10, writer.join());
        assertArrayEquals(data, got.toByteArray());
    }

    /** A read returns what one write offers, without waiting to fill its buffer. */
    @Test
    void readReturnsAsSoonAsBytesAreThere() throws Exception {
        tasks.call("c1-writer", () -> c1.write(new byte[] {1, 2, 3, 4, 5}));
        assertEquals(5, c2.read(new byte[100]));
    }

    /** As in Go, a write of nothing waits for one read, which returns 0. */
    @Test
    void zeroLengthWriteMeetsOneRead() throws Exception {
        Tasks.Task<Integer> writer = tasks.call("c1-writer", () -> c1.write(new byte[0]));
        writer.awaitBlocked();
        Thread.sleep(100);
        assertFalse(writer.isDone(), "a write of nothing returned without a read");
        assertEquals(0, c2.read(new byte[16]));
        assertEquals(0, writer.join());
    }

    /** As in Go, a read into an empty buffer waits for a write, returns 0 and leaves its bytes for the next read. */
    @Test
    void zeroLengthReadWaitsForWrite() throws Exception {
        Tasks.Task<Integer> reader = tasks.call("c2-reader", () -> c2.read(new byte[0]));
        reader.awaitBlocked();
        Tasks.Task<Integer> writer = tasks.call("c1-writer",
                () -> c1.write("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, reader.join());
        byte[] b = new byte[2];
        assertEquals(2, c2.read(b));
        assertEquals("ab", new String(b, StandardCharsets.US_ASCII));
        assertEquals(1, c2.read(b));
        assertEquals('c', b[0]);
        assertEquals(3, writer.join());
    }

    /** As in Go, a read into an empty buffer with no writer times out at its deadline. */
    @Test
    void zeroLengthReadTimesOut() throws IOException {
        c2.setReadDeadline(Instant.now().plusMillis(50));
        assertThrows(OpTimeoutException.class, () -> c2.read(new byte[0]));
    }

    /** Writes from several threads are never interleaved. */
    @Test
    void concurrentWritesDoNotInterleave() throws Exception {
        int writers = 4;
        int size = 1000;
        for (int i = 0; i < writers; i++) {
            byte[] data = new byte[size];
            Arrays.fill(data, (byte) ('a' + i));
            tasks.call("c1-writer-" + i, () -> c1.write(data));
        }
        byte[] got = new byte[writers * size];
        int off = 0;
        while (off < got.length) {
            int n = c2.read(got, off, Math.min(7, got.length - off));
            assertTrue(n > 0);
            off += n;
        }
        boolean[] seen = new boolean[writers];
        for (int run = 0; run < writers; run++) {
            byte letter = got[run * size];
            for (int j = 0; j < size; j++) {
                assertEquals(letter, got[run * size + j], "byte " + (run * size + j));
            }
            assertFalse(seen[letter - 'a'], "letter written twice");
            seen[letter - 'a'] = true;
        }
    }

    /** A gathering write writes each buffer in turn; an empty one meets a read of 0, as Go's Buffers.WriteTo. */
    @Test
    void gatheringWrite() throws Exception {
        ByteBuffer[] srcs = {
            ByteBuffer.wrap(new byte[] {'a', 'b'}), ByteBuffer.allocate(0), ByteBuffer.wrap(new byte[] {'c', 'd'})};
        Tasks.Task<Long> writer = tasks.call("c1-writer", () -> c1.write(srcs));
        byte[] b = new byte[16];
        assertEquals(2, c2.read(b));
        assertEquals(0, c2.read(b));
        assertEquals(2, c2.read(b));
        assertEquals(4L, writer.join());
    }

    // ---- partial writes, withdrawn offers ----

    /** A write timing out part way reports what was taken, in its buffer and in bytesTransferred. */
    @Test
    void writeTimesOutPartWay() throws Exception {
        ByteBuffer src = ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII));
        Tasks.Task<Integer> writer = tasks.call("c2-writer", () -> c2.write(src));
        assertEquals(2, c1.read(new byte[2]));
        c2.setWriteDeadline(A_LONG_TIME_AGO);
        OpTimeoutException e = writer.failure(OpTimeoutException.class);
        assertEquals(2, e.bytesTransferred);
        assertEquals(2, src.position());
        c2.setWriteDeadline(null);
        Tasks.Task<Integer> rest = tasks.call("c2-writer-rest", () -> c2.write(src));
        assertReads(c1, "llo");
        assertEquals(3, rest.join());
    }

    /** A write interrupted part way reports what was taken and keeps the interrupt status. */
    @Test
    void writeInterruptedPartWay() throws Exception {
        ByteBuffer src = ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII));
        Tasks.Task<Boolean> writer = tasks.call("c2-writer", () -> {
            OpInterruptedException e = assertThrows(OpInterruptedException.class, () -> c2.write(src));
            assertEquals(2, e.bytesTransferred);
            return Thread.currentThread().isInterrupted();
        });
        assertEquals(2, c1.read(new byte[2]));
        writer.awaitBlocked();
        writer.interrupt();
        assertTrue(writer.join(), "interrupt status kept");
        assertEquals(2, src.position());
    }

    /** Closing the reading end ends a waiting write with io.ErrClosedPipe, its progress in its buffer. */
    @Test
    void remoteCloseEndsWaitingWrite() throws Exception {
        ByteBuffer src = ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII));
        Tasks.Task<Integer> writer = tasks.call("c1-writer", () -> c1.write(src));
        assertEquals(1, c2.read(new byte[1]));
        writer.awaitBlocked();
        c2.close();
        assertSame(ClosedPipeException.class, writer.failure(IOException.class).getClass());
        assertEquals(1, src.position());
    }

    /** A read that times out leaves a waiting write's bytes for the next read. */
    @Test
    void readTimeoutLeavesWriteWaiting() throws Exception {
        Tasks.Task<Integer> writer = tasks.call("c1-writer",
                () -> c1.write("xyz".getBytes(StandardCharsets.US_ASCII)));
        writer.awaitBlocked();
        c2.setReadDeadline(A_LONG_TIME_AGO);
        assertThrows(OpTimeoutException.class, () -> c2.read(new byte[3]));
        c2.setReadDeadline(null);
        assertReads(c2, "xyz");
        assertEquals(3, writer.join());
    }

    /** A write that times out withdraws what it offered: no later read sees it. */
    @Test
    void writeTimeoutWithdrawsOffer() throws Exception {
        Tasks.Task<Integer> writer = tasks.call("c1-writer", () -> c1.write(new byte[] {7}));
        writer.awaitBlocked();
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        assertEquals(0, writer.failure(OpTimeoutException.class).bytesTransferred);
        c2.setReadDeadline(Instant.now().plusMillis(200));
        assertThrows(OpTimeoutException.class, () -> c2.read(new byte[1]));
    }

    // ---- buffers and arguments ----

    @Test
    void readOnlyAndDirectBuffers() throws Exception {
        ByteBuffer src = ByteBuffer.wrap(new byte[] {1, 2, 3}).asReadOnlyBuffer();
        Tasks.Task<Integer> writer = tasks.call("c1-writer", () -> c1.write(src));
        ByteBuffer dst = ByteBuffer.allocateDirect(8);
        assertEquals(3, c2.read(dst));
        assertEquals(3, writer.join());
        dst.flip();
        assertEquals(ByteBuffer.wrap(new byte[] {1, 2, 3}), dst);
    }

    @Test
    void badArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c1.read(ByteBuffer.allocate(4).asReadOnlyBuffer()));
        assertEquals("dst is read-only", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c1.read((ByteBuffer) null));
        assertEquals("dst is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c1.write((ByteBuffer) null));
        assertEquals("src is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ConnPair(null, c2));
        assertEquals("first is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ConnPair(c1, null));
        assertEquals("second is null", e.getMessage());
    }

    /** Closing the pair closes both ends. */
    @Test
    void pairCloseClosesBoth() throws IOException {
        pair.close();
        assertSame(ClosedPipeException.class, assertThrows(IOException.class, () -> c1.read(new byte[1])).getClass());
        assertSame(ClosedPipeException.class, assertThrows(IOException.class, () -> c2.read(new byte[1])).getClass());
    }
}
