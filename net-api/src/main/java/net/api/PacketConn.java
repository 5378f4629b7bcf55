package net.api;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Go's {@code net.PacketConn}: a datagram connection. Safe for concurrent use; deadlines,
 * close and interrupt behave as on {@link Conn}.
 */
public interface PacketConn extends Closeable {

    /**
     * Receives one datagram into {@code dst} and returns its sender (Go's {@code ReadFrom}). A
     * datagram longer than the room in {@code dst} is truncated to it, as Go's is.
     */
    Addr readFrom(ByteBuffer dst) throws IOException;

    /** Sends {@code src} as one datagram to {@code addr} and returns its length (Go's {@code WriteTo}). */
    int writeTo(ByteBuffer src, Addr addr) throws IOException;

    /** Closes the socket and unblocks pending calls; closing twice is harmless. */
    @Override
    void close() throws IOException;

    /** The local address. */
    Addr localAddr();

    /** Sets the read and write deadlines together; {@code null} clears them. */
    void setDeadline(Instant deadline) throws IOException;

    /** Sets the read deadline; {@code null} clears it. */
    void setReadDeadline(Instant deadline) throws IOException;

    /** Sets the write deadline; {@code null} clears it. */
    void setWriteDeadline(Instant deadline) throws IOException;
}
