package net.tcp;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import net.api.Conn;
import net.api.KeepAliveConfig;
import net.api.TCPAddr;

/**
 * Go's {@code *net.TCPConn}: a TCP connection, a {@link Conn} with TCP's own options and
 * half-close. Every failure is an {@link net.api.OpError} with Go's text, for example
 * {@code set tcp 127.0.0.1:5000->127.0.0.1:6000: use of closed network connection}.
 */
public sealed interface TCPConn extends Conn permits net.tcp.internal.TcpConn {

    @Override
    TCPAddr localAddr();

    @Override
    TCPAddr remoteAddr();

    /** Shuts down the reading side (Go's {@code CloseRead}): later reads return -1. */
    void closeRead() throws IOException;

    /** Shuts down the writing side (Go's {@code CloseWrite}): the peer reads the end of the stream. */
    void closeWrite() throws IOException;

    /**
     * Whether small writes go out at once (true, the default, as in Go) or wait to be combined
     * (Nagle's algorithm). Go's {@code SetNoDelay}.
     */
    void setNoDelay(boolean noDelay) throws IOException;

    /** Turns keep-alive probes on or off (Go's {@code SetKeepAlive}). */
    void setKeepAlive(boolean keepAlive) throws IOException;

    /**
     * Sets the idle time before the first keep-alive probe, rounded up to whole seconds; zero
     * means Go's default of 15 s, a negative value changes nothing (Go's {@code SetKeepAlivePeriod}).
     */
    void setKeepAlivePeriod(Duration period) throws IOException;

    /** Applies {@code config}: on or off, then idle, interval and count (Go's {@code SetKeepAliveConfig}). */
    void setKeepAliveConfig(KeepAliveConfig config) throws IOException;

    /**
     * What close does with unsent data (Go's {@code SetLinger}): negative (the default) sends it
     * in the background; zero discards it and resets the connection; positive waits up to that
     * many seconds for it to be sent.
     */
    void setLinger(int seconds) throws IOException;

    /** Sets the receive buffer size (SO_RCVBUF). */
    void setReadBuffer(int bytes) throws IOException;

    /** Sets the send buffer size (SO_SNDBUF). */
    void setWriteBuffer(int bytes) throws IOException;

    /**
     * Copies {@code src} to the connection until its end (Go's {@code ReadFrom}); from a
     * {@link java.nio.channels.FileChannel} the kernel copies (sendfile) from the channel's
     * position, which then advances. Returns the number of bytes copied; the end of
     * {@code src} is not an error. {@code src} should be in blocking mode.
     */
    long readFrom(ReadableByteChannel src) throws IOException;

    /**
     * Copies the connection to {@code dst} until the peer ends the stream (Go's {@code WriteTo}).
     * Returns the number of bytes copied.
     */
    long writeTo(WritableByteChannel dst) throws IOException;
}
