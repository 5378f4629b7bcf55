package net.tcp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import net.api.Control;
import net.api.KeepAliveConfig;
import net.api.OpException;
import net.api.TCPAddr;
import net.api.poll.OpErrors;
import net.api.poll.PollFd;
import net.api.poll.SyscallException;

/**
 * Dials one resolved TCP address (Go's {@code tcpsock_posix.go}: {@code doDialTCPProto}, and
 * {@code sock_posix.go}: {@code socket}, {@code netFD.dial}, {@code netFD.connect}): opens a
 * channel of the right family, runs the Control hook, binds the local address, connects in
 * non-blocking mode waiting through the poller until the deadline, and applies the connection
 * defaults. A connection to itself is retried, as Go does.
 */
final class TcpDialer {

    /** Go retries a self-connection (or a spurious EADDRNOTAVAIL) up to two more times. */
    private static final int SELF_CONNECT_RETRIES = 2;

    private final String network;
    private final TCPAddr local;
    private final TCPAddr remote;
    private final Instant deadline;
    private final KeepAliveConfig keepAlive;
    private final Control control;

    TcpDialer(String network, TCPAddr local, TCPAddr remote, Instant deadline, KeepAliveConfig keepAlive,
              Control control) {
        this.network = network;
        this.local = local;
        this.remote = remote;
        this.deadline = deadline;
        this.keepAlive = keepAlive;
        this.control = control;
    }

    /** Dials; every failure is an OpError of op "dial" naming the local address given and the remote. */
    TcpConn dial() throws IOException {
        boolean mayRetry = local == null || local.port() == 0;
        for (int attempt = 0; ; attempt++) {
            boolean last = !mayRetry || attempt == SELF_CONNECT_RETRIES;
            TcpConn c;
            try {
                c = dialOnce();
            } catch (SyscallException e) {
                if (!last && e.getMessage().endsWith("cannot assign requested address")) {
                    continue;
                }
                throw OpErrors.wrap("dial", network, local, remote, "connect", e);
            } catch (IOException e) {
                throw OpErrors.wrap("dial", network, local, remote, "connect", e);
            }
            if (last || !selfConnected(c)) {
                return c;
            }
            c.close();
        }
    }

    private static boolean selfConnected(TcpConn c) {
        TCPAddr l = c.localAddr();
        TCPAddr r = c.remoteAddr();
        return l != null && r != null && l.port() == r.port() && l.ip().equals(r.ip());
    }

    private TcpConn dialOnce() throws IOException {
        ProtocolFamily family = SockAddrs.dialFamily(network, local, remote);
        InetSocketAddress to = SockAddrs.toSocketAddress(family, remote);
        SocketChannel ch = SocketChannel.open(family);
        PollFd fd = null;
        try {
            if (control != null) {
                try {
                    control.control(familyNetwork(family), SockAddrs.controlAddress(to), ch);
                } catch (IOException e) {
                    throw new OpException("dial", network, local, remote, e); // Go: the hook's error as it is
                }
            }
            if (local != null) {
                bind(ch, SockAddrs.toSocketAddress(family, local));
            }
            fd = new PollFd(ch);
            connect(fd, ch, to);
            SockOpts.newConnDefaults(ch, keepAlive);
            return new TcpConn(network, ch, fd);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fd, ch);
            throw e;
        }
    }

    private static void bind(SocketChannel ch, InetSocketAddress at) throws IOException {
        try {
            ch.bind(at);
        } catch (IOException e) {
            throw new SyscallException("bind", e);
        }
    }

    /** Connects, the deadline bounding the wait; the write deadline is cleared afterwards. */
    private void connect(PollFd fd, SocketChannel ch, InetSocketAddress to) throws IOException {
        fd.setWriteDeadline(deadline);
        boolean[] started = {false};
        try {
            fd.connect(() -> {
                if (!started[0]) {
                    started[0] = true;
                    return ch.connect(to);
                }
                return ch.finishConnect();
            });
        } catch (SocketException e) {
            throw new SyscallException("connect", e);
        }
        fd.setWriteDeadline(null);
    }

    /** The network Go hands to Control: the family's name, tcp4 or tcp6. */
    static String familyNetwork(ProtocolFamily family) {
        return family == StandardProtocolFamily.INET ? "tcp4" : "tcp6";
    }

    private static void closeQuietly(PollFd fd, SocketChannel ch) {
        try {
            if (fd != null) {
                fd.close();
            } else {
                ch.close();
            }
        } catch (IOException e) {
            // the dial's own error is the one to report
        }
    }
}
