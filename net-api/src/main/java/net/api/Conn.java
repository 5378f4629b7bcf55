package net.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import net.api.internal.Args;

/**
 * Go's {@code net.Conn}: a stream-oriented network connection. Every method is safe to call from
 * several threads at once; {@link #close()} unblocks every call pending on the connection, which
 * then throws an {@link OpException} caused by a {@link ClosedException}.
 *
 * <p>Reads and writes block the calling thread, which is cheap on a virtual thread. A passed
 * deadline makes them throw {@link OpTimeoutException}; interrupting the thread makes them throw
 * {@link OpInterruptedException}; in both cases the connection stays usable.
 */
public interface Conn extends Closeable {

    /**
     * Reads into {@code dst} whatever is available, waiting for at least one byte (Go's
     * {@code Read}). Returns the number of bytes read, 0 only when {@code dst} has no room (or,
     * on a {@link Net#pipe()}, when the other end wrote nothing), or -1 at the end of the stream
     * (where Go returns {@code io.EOF}).
     */
    int read(ByteBuffer dst) throws IOException;

    /** Reads into {@code b[off, off+len)}, as {@link #read(ByteBuffer)}. */
    default int read(byte[] b, int off, int len) throws IOException {
        return read(ByteBuffer.wrap(Args.notNull(b, "b"), off, len));
    }

    /** Reads into {@code b}, as {@link #read(ByteBuffer)}. */
    default int read(byte[] b) throws IOException {
        return read(ByteBuffer.wrap(Args.notNull(b, "b")));
    }

    /**
     * Writes all of {@code src}, or throws (Go's {@code Write}). Returns the number of bytes
     * written, which is everything that {@code src} had remaining.
     */
    int write(ByteBuffer src) throws IOException;

    /** Writes {@code b[off, off+len)}, as {@link #write(ByteBuffer)}. */
    default int write(byte[] b, int off, int len) throws IOException {
        return write(ByteBuffer.wrap(Args.notNull(b, "b"), off, len));
    }

    /** Writes all of {@code b}, as {@link #write(ByteBuffer)}. */
    default int write(byte[] b) throws IOException {
        return write(ByteBuffer.wrap(Args.notNull(b, "b")));
    }

    /**
     * Writes every buffer in order, all of them or throws (Go's {@code Buffers.WriteTo}). A
     * transport that can gather (writev) overrides this; the default writes one after another.
     */
    default long write(ByteBuffer[] srcs) throws IOException {
        long n = 0;
        for (ByteBuffer b : Args.notNull(srcs, "srcs")) {
            n += write(b);
        }
        return n;
    }

    /** Closes the connection and unblocks every pending call. Closing twice is harmless. */
    @Override
    void close() throws IOException;

    /** The local address (Go's {@code LocalAddr}). */
    Addr localAddr();

    /** The remote address (Go's {@code RemoteAddr}). */
    Addr remoteAddr();

    /**
     * Sets the read and write deadlines together. A deadline is an absolute instant; {@code null}
     * clears it. It may be set or moved from any thread while a call is blocked, and a deadline
     * in the past unblocks pending calls at once.
     */
    void setDeadline(Instant deadline) throws IOException;

    /** Sets the deadline of pending and future reads; {@code null} clears it. */
    void setReadDeadline(Instant deadline) throws IOException;

    /** Sets the deadline of pending and future writes; {@code null} clears it. */
    void setWriteDeadline(Instant deadline) throws IOException;

    /**
     * A view of the reading side as an {@link InputStream}; closing the stream closes the
     * connection. Works with {@code BufferedReader} and friends.
     */
    default InputStream inputStream() {
        return new ConnInputStream(this);
    }

    /** A view of the writing side as an {@link OutputStream}; closing it closes the connection. */
    default OutputStream outputStream() {
        return new ConnOutputStream(this);
    }
}
