package net.api.nettest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import net.api.Conn;
import net.api.NetError;
import net.api.OpError;

/**
 * The small moves of Go's nettest (conntest.go) that several tests make: copying in 1024-byte
 * chunks, a round trip through an echoing peer, resynchronising after timeouts, and the check
 * that an exception is a timeout.
 */
public final class ConnIO {

    /** Go's aLongTimeAgo in nettest.go: a deadline long past. */
    public static final Instant A_LONG_TIME_AGO = Instant.ofEpochSecond(233431200);

    private ConnIO() {
    }

    /**
     * Go's {@code chunkedCopy}: copies from {@code r} to {@code w} 1024 bytes at a time until the
     * end of {@code r}, and returns the count; throws what either side throws.
     */
    public static long chunkedCopy(OutputStream w, InputStream r) throws IOException {
        byte[] b = new byte[1024];
        long total = 0;
        for (int n; (n = r.read(b)) >= 0; ) {
            w.write(b, 0, n);
            total += n;
        }
        return total;
    }

    /** An endless stream of pseudo-random bytes from {@code seed}, Go's {@code rand.New(rand.NewSource(seed))}. */
    public static InputStream randomStream(long seed) {
        Random random = new Random(seed);
        return new InputStream() {
            @Override
            public int read() {
                return random.nextInt(256);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                byte[] chunk = new byte[len];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, b, off, len);
                return len;
            }
        };
    }

    /**
     * Go's {@code readFull}: fills {@code b} from {@code c}; returns false if the stream ended
     * before the first byte, throws {@link java.io.EOFException} if it ended in the middle.
     */
    public static boolean readFull(Conn c, byte[] b) throws IOException {
        int got = 0;
        while (got < b.length) {
            int n = c.read(b, got, b.length - got);
            if (n < 0) {
                if (got == 0) {
                    return false;
                }
                throw new EOFException("unexpected end of stream after " + got + " bytes");
            }
            got += n;
        }
        return true;
    }

    /** Reads exactly as many bytes from {@code c} as {@code want} has in US-ASCII, and compares. */
    public static void assertReads(Conn c, String want) throws IOException {
        byte[] got = new byte[want.length()];
        assertTrue(readFull(c, got), "end of stream");
        assertEquals(want, new String(got, StandardCharsets.US_ASCII));
    }

    /**
     * Go's {@code checkForTimeoutError}: {@code e} is one of this library's errors, an
     * {@link OpError}, and says it is a timeout.
     */
    public static void assertTimeout(Throwable e) {
        assertTrue(e instanceof OpError, () -> "want an OpError, got " + e);
        assertTrue(((NetError) e).timeout(), () -> "want timeout() = true: " + e);
        assertTrue(NetError.isTimeout(e), () -> "want NetError.isTimeout: " + e);
    }

    /**
     * Go's {@code testRoundtrip}: clears the deadlines, writes a greeting to {@code c} and reads it
     * back, which holds when the other end echoes.
     */
    public static void roundtrip(Conn c) throws IOException {
        c.setDeadline(null);
        byte[] want = "Hello, world!".getBytes(StandardCharsets.US_ASCII);
        byte[] got = want.clone();
        c.write(got);
        Arrays.fill(got, (byte) 0);
        assertTrue(readFull(c, got), "roundtrip: end of stream");
        assertArrayEquals(want, got, "roundtrip data");
    }

    /**
     * Go's {@code resyncConn}: with the other end echoing, writes 0xff and reads until it comes
     * back as the last byte of a read, dropping what earlier, interrupted calls left on the way.
     */
    public static void resync(Conn c, Tasks tasks) throws Exception {
        c.setDeadline(null);
        Tasks.Task<Integer> w = tasks.call("resync-write", () -> c.write(new byte[] {(byte) 0xff}));
        byte[] b = new byte[1024];
        while (true) {
            int n = c.read(b);
            assertTrue(n >= 0, "resync: end of stream");
            if (n > 0 && b[n - 1] == (byte) 0xff) {
                break;
            }
        }
        w.join();
    }
}
