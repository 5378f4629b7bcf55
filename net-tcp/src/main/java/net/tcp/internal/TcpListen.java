package net.tcp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import net.api.Control;
import net.api.KeepAliveConfig;
import net.api.OpException;
import net.api.TCPAddr;
import net.api.poll.OpErrors;
import net.api.poll.PollFd;
import net.api.poll.SyscallException;

/**
 * Listens on one resolved TCP address (Go's {@code tcpsock_posix.go}: {@code listenTCPProto},
 * {@code sock_posix.go}: {@code netFD.listenStream}): a channel of the family Go would choose
 * (a dual-stack IPv6 one for "tcp" on a wildcard), SO_REUSEADDR, the Control hook, bind with
 * the system's backlog.
 */
final class TcpListen {

    private TcpListen() {
    }

    /** Listens; every failure is an OpError of op "listen" naming the local address. */
    static TcpListener listen(String network, TCPAddr local, KeepAliveConfig keepAlive, Control control)
            throws IOException {
        ProtocolFamily family = SockAddrs.listenFamily(network, local);
        ServerSocketChannel ch = null;
        try {
            InetSocketAddress at = SockAddrs.toSocketAddress(family, local);
            ch = ServerSocketChannel.open(family);
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if (control != null) {
                try {
                    control.control(TcpDialer.familyNetwork(family), SockAddrs.controlAddress(at), ch);
                } catch (IOException e) {
                    throw new OpException("listen", network, null, local, e);
                }
            }
            try {
                ch.bind(at, Backlog.max());
            } catch (IOException e) {
                throw new SyscallException("bind", e);
            }
            boolean v6only = network.equals("tcp6") && family == StandardProtocolFamily.INET6;
            return new TcpListener(network, ch, new PollFd(ch), keepAlive, v6only);
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                ch.close();
            }
            if (e instanceof IOException io) {
                throw OpErrors.wrap("listen", network, null, local, "listen", io);
            }
            throw e;
        }
    }
}
