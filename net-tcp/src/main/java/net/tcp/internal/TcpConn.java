package net.tcp.internal;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.time.Instant;
import net.api.KeepAliveConfig;
import net.api.TCPAddr;
import net.api.poll.ArgCheck;
import net.api.poll.OpErrors;
import net.api.poll.PollFd;
import net.api.poll.PollInterruptedException;
import net.tcp.TCPConn;

/**
 * A TCP connection on a non-blocking {@link SocketChannel} (Go's {@code TCPConn} over
 * {@code netFD}, {@code tcpsock.go}, {@code net.go}'s {@code conn} methods). Every operation
 * goes through the channel's {@link PollFd}; its errors are wrapped as Go's {@code OpError}.
 */
public final class TcpConn implements TCPConn {

    /** The chunk size of the copy loops (Go's {@code genericReadFrom} uses 32 KiB). */
    private static final int COPY_BUFFER = 32 * 1024;

    private final String network;
    private final SocketChannel ch;
    private final PollFd fd;
    private final TCPAddr laddr;
    private final TCPAddr raddr;

    /** Wraps a connected channel already owned by {@code fd}. */
    TcpConn(String network, SocketChannel ch, PollFd fd) throws IOException {
        this.network = network;
        this.ch = ch;
        this.fd = fd;
        this.laddr = SockAddrs.toTCPAddr(ch.getLocalAddress());
        this.raddr = SockAddrs.toTCPAddr(ch.getRemoteAddress());
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ArgCheck.notNull(dst, "dst");
        try {
            if (!dst.hasRemaining()) {
                return fd.withRef(() -> 0);
            }
            return (int) fd.read(() -> ch.read(dst));
        } catch (IOException e) {
            throw OpErrors.wrap("read", network, laddr, raddr, "read", e);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ArgCheck.notNull(src, "src");
        try {
            return (int) fd.writeFully(() -> ch.write(src), src::hasRemaining);
        } catch (IOException e) {
            throw OpErrors.wrap("write", network, laddr, raddr, "write", e);
        }
    }

    @Override
    public long write(ByteBuffer[] srcs) throws IOException {
        ArgCheck.notNull(srcs, "srcs");
        for (int i = 0; i < srcs.length; i++) {
            ArgCheck.notNull(srcs[i], "srcs[" + i + "]");
        }
        try {
            return fd.writeFully(() -> ch.write(srcs), () -> anyRemaining(srcs));
        } catch (IOException e) {
            throw OpErrors.wrap("writev", network, laddr, raddr, "writev", e);
        }
    }

    private static boolean anyRemaining(ByteBuffer[] srcs) {
        for (ByteBuffer b : srcs) {
            if (b.hasRemaining()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long readFrom(ReadableByteChannel src) throws IOException {
        ArgCheck.notNull(src, "src");
        boolean file = src instanceof FileChannel;
        try {
            return file ? sendFile((FileChannel) src) : copyFrom(src);
        } catch (IOException e) {
            throw OpErrors.wrap("readfrom", network, laddr, raddr, file ? "sendfile" : "write", e);
        }
    }

    /**
     * Go's {@code sendFile}: the kernel copies from the file's position to its end. A file
     * channel is closed by the JDK when its thread is interrupted during a transfer, so an
     * interrupt is checked before each transfer and ends the copy with the file left open.
     */
    private long sendFile(FileChannel file) throws IOException {
        long start = file.position();
        long end = file.size();
        long[] pos = {start};
        try {
            fd.writeFully(() -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new PollInterruptedException();
                }
                long n = file.transferTo(pos[0], end - pos[0], ch);
                pos[0] += n;
                return n;
            }, () -> pos[0] < end);
        } finally {
            file.position(pos[0]);
        }
        return pos[0] - start;
    }

    /** Go's {@code genericReadFrom}: read a chunk, write it all, until the end of {@code src}. */
    private long copyFrom(ReadableByteChannel src) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(COPY_BUFFER);
        long total = 0;
        while (src.read(buf) >= 0) {
            buf.flip();
            total += fd.writeFully(() -> ch.write(buf), buf::hasRemaining);
            buf.clear();
        }
        return total;
    }

    @Override
    public long writeTo(WritableByteChannel dst) throws IOException {
        ArgCheck.notNull(dst, "dst");
        ByteBuffer buf = ByteBuffer.allocate(COPY_BUFFER);
        long total = 0;
        try {
            while (fd.read(() -> ch.read(buf)) > 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    total += dst.write(buf);
                }
                buf.clear();
            }
            return total;
        } catch (IOException e) {
            throw OpErrors.wrap("writeto", network, laddr, raddr, "read", e);
        }
    }

    /**
     * Closes; pending calls fail with the "use of closed network connection" error. Closing
     * again does nothing (Java's {@link java.io.Closeable} contract; Go returns that error).
     */
    @Override
    public void close() throws IOException {
        try {
            fd.close();
        } catch (IOException e) {
            throw OpErrors.wrap("close", network, laddr, raddr, "close", e);
        }
    }

    @Override
    public void closeRead() throws IOException {
        tcpAction("close", "shutdown", () -> ch.shutdownInput());
    }

    @Override
    public void closeWrite() throws IOException {
        tcpAction("close", "shutdown", () -> ch.shutdownOutput());
    }

    @Override
    public TCPAddr localAddr() {
        return laddr;
    }

    @Override
    public TCPAddr remoteAddr() {
        return raddr;
    }

    @Override
    public void setDeadline(Instant deadline) throws IOException {
        setDeadlines(deadline, true, true);
    }

    @Override
    public void setReadDeadline(Instant deadline) throws IOException {
        setDeadlines(deadline, true, false);
    }

    @Override
    public void setWriteDeadline(Instant deadline) throws IOException {
        setDeadlines(deadline, false, true);
    }

    /** Go's {@code conn.SetDeadline} and friends: errors name only the local address. */
    private void setDeadlines(Instant deadline, boolean read, boolean write) throws IOException {
        try {
            if (read) {
                fd.setReadDeadline(deadline);
            }
            if (write) {
                fd.setWriteDeadline(deadline);
            }
        } catch (IOException e) {
            throw OpErrors.wrap("set", network, null, laddr, "setsockopt", e);
        }
    }

    @Override
    public void setNoDelay(boolean noDelay) throws IOException {
        tcpOption(StandardSocketOptions.TCP_NODELAY, noDelay);
    }

    @Override
    public void setKeepAlive(boolean keepAlive) throws IOException {
        tcpOption(StandardSocketOptions.SO_KEEPALIVE, keepAlive);
    }

    @Override
    public void setKeepAlivePeriod(Duration period) throws IOException {
        ArgCheck.notNull(period, "period");
        tcpAction("set", "setsockopt", () -> SockOpts.setKeepAliveIdle(ch, period));
    }

    @Override
    public void setKeepAliveConfig(KeepAliveConfig config) throws IOException {
        ArgCheck.notNull(config, "config");
        tcpAction("set", "setsockopt", () -> SockOpts.setKeepAliveConfig(ch, config));
    }

    @Override
    public void setLinger(int seconds) throws IOException {
        tcpAction("set", "setsockopt", () -> SockOpts.setLinger(ch, seconds));
    }

    @Override
    public void setReadBuffer(int bytes) throws IOException {
        bufferOption(StandardSocketOptions.SO_RCVBUF, bytes);
    }

    @Override
    public void setWriteBuffer(int bytes) throws IOException {
        bufferOption(StandardSocketOptions.SO_SNDBUF, bytes);
    }

    /** Go's {@code conn.SetReadBuffer}/{@code SetWriteBuffer}: errors name only the local address. */
    private void bufferOption(SocketOption<Integer> option, int bytes) throws IOException {
        try {
            fd.withRef(() -> ch.setOption(option, bytes));
        } catch (IOException | IllegalArgumentException e) {
            throw OpErrors.wrap("set", network, null, laddr, "setsockopt", asIO(e));
        }
    }

    private void tcpOption(SocketOption<Boolean> option, boolean value) throws IOException {
        tcpAction("set", "setsockopt", () -> ch.setOption(option, value));
    }

    /** A TCPConn method's action: errors name both addresses (Go's {@code TCPConn.Set*}, {@code CloseRead}). */
    private void tcpAction(String op, String syscall, ChannelAction action) throws IOException {
        try {
            fd.withRef(() -> {
                action.run();
                return null;
            });
        } catch (IOException | IllegalArgumentException e) {
            throw OpErrors.wrap(op, network, laddr, raddr, syscall, asIO(e));
        }
    }

    /** The JDK rejects a bad option value with IllegalArgumentException; Go's kernel says EINVAL. */
    private static IOException asIO(Exception e) {
        return e instanceof IOException io ? io : new IOException("Invalid argument", e);
    }

    /** An action on the channel. */
    @FunctionalInterface
    private interface ChannelAction {
        void run() throws IOException;
    }

    /** The channel, for this package's tests to read socket options. */
    SocketChannel channel() {
        return ch;
    }

    @Override
    public String toString() {
        return "TCPConn(" + network + " " + laddr + "->" + raddr + ")";
    }
}
