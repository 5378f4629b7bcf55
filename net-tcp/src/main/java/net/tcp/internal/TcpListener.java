package net.tcp.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import net.api.KeepAliveConfig;
import net.api.TCPAddr;
import net.api.poll.OpErrors;
import net.api.poll.PollFd;
import net.tcp.TCPConn;
import net.tcp.TCPListener;

/**
 * A TCP listener on a non-blocking {@link ServerSocketChannel} (Go's {@code TCPListener},
 * {@code tcpsock_posix.go}: {@code accept}, {@code close}). Accepted connections get
 * TCP_NODELAY and the listen's keep-alive configuration.
 *
 * <p>IPv6-only ("tcp6") is emulated: the JDK cannot set IPV6_V6ONLY, so the socket is
 * dual-stack, and a connection from an IPv4 peer is reset and not handed out.
 */
public final class TcpListener implements TCPListener {

    private final String network;
    private final ServerSocketChannel ch;
    private final PollFd fd;
    private final TCPAddr laddr;
    private final KeepAliveConfig keepAlive;
    private final boolean v6only;

    TcpListener(String network, ServerSocketChannel ch, PollFd fd, KeepAliveConfig keepAlive, boolean v6only)
            throws IOException {
        this.network = network;
        this.ch = ch;
        this.fd = fd;
        this.laddr = SockAddrs.toTCPAddr(ch.getLocalAddress());
        this.keepAlive = keepAlive;
        this.v6only = v6only;
    }

    @Override
    public TCPConn accept() throws IOException {
        try {
            while (true) {
                SocketChannel c = fd.accept(ch::accept);
                if (v6only && fromIPv4(c)) {
                    refuse(c);
                    continue;
                }
                return adopt(c);
            }
        } catch (IOException e) {
            throw OpErrors.wrap("accept", network, null, laddr, "accept", e);
        }
    }

    private TcpConn adopt(SocketChannel c) throws IOException {
        try {
            PollFd cfd = new PollFd(c);
            SockOpts.newConnDefaults(c, keepAlive);
            return new TcpConn(network, c, cfd);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Whether the peer of {@code c} is an IPv4 one (or already gone, which counts the same). */
    private static boolean fromIPv4(SocketChannel c) {
        try {
            return ((InetSocketAddress) c.getRemoteAddress()).getAddress() instanceof Inet4Address;
        } catch (IOException e) {
            return true;
        }
    }

    /** Resets a connection that an IPv6-only listener must not have accepted. */
    private static void refuse(SocketChannel c) {
        try (c) {
            SockOpts.setLinger(c, 0);
        } catch (IOException e) {
            // it is gone either way
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
            throw OpErrors.wrap("close", network, null, laddr, "close", e);
        }
    }

    @Override
    public TCPAddr addr() {
        return laddr;
    }

    @Override
    public void setDeadline(Instant deadline) throws IOException {
        fd.setReadDeadline(deadline);
    }

    @Override
    public String toString() {
        return "TCPListener(" + network + " " + laddr + ")";
    }
}
