package net.tcp.internal;

import java.io.IOException;
import java.util.Set;
import net.api.Addr;
import net.api.AddrException;
import net.api.Conn;
import net.api.Listener;
import net.api.OpException;
import net.api.PacketConn;
import net.api.TCPAddr;
import net.api.UnknownNetworkException;
import net.api.poll.ArgCheck;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.api.spi.TransportProvider;

/**
 * The transport for tcp, tcp4 and tcp6, found by {@link java.util.ServiceLoader}: dials one
 * resolved address ({@link TcpDialer}) and listens on one ({@link TcpListen}).
 */
public final class TcpTransportProvider implements TransportProvider {

    private static final Set<String> NETWORKS = Set.of("tcp", "tcp4", "tcp6");

    @Override
    public Set<String> networks() {
        return NETWORKS;
    }

    @Override
    public Conn dial(DialRequest request) throws IOException {
        ArgCheck.notNull(request, "request");
        String network = checkNetwork("dial", request.network(), request.remote());
        TCPAddr local = tcpAddr("dial", network, request.local(), null, request.remote(),
                "mismatched local address type");
        if (request.remote() == null) {
            throw new OpException("dial", network, local, null, new AddrException("missing address", ""));
        }
        TCPAddr remote = tcpAddr("dial", network, request.remote(), local, request.remote(),
                "unexpected address type");
        return new TcpDialer(network, local, remote, request.deadline(), request.keepAlive(), request.control())
                .dial();
    }

    @Override
    public Listener listen(ListenRequest request) throws IOException {
        ArgCheck.notNull(request, "request");
        String network = checkNetwork("listen", request.network(), request.local());
        TCPAddr local = tcpAddr("listen", network, request.local(), null, request.local(),
                "unexpected address type");
        return TcpListen.listen(network, local, request.keepAlive(), request.control());
    }

    /** Go's {@code ListenPacket} knows no "tcp": unknown network. */
    @Override
    public PacketConn listenPacket(ListenRequest request) throws IOException {
        ArgCheck.notNull(request, "request");
        throw new OpException("listen", request.network(), null, request.local(),
                new UnknownNetworkException(request.network()));
    }

    private static String checkNetwork(String op, String network, Addr addr) throws IOException {
        ArgCheck.notNull(network, "network");
        if (!NETWORKS.contains(network)) {
            throw new OpException(op, network, null, addr, new UnknownNetworkException(network));
        }
        return network;
    }

    /**
     * {@code a} as a TCPAddr (null stays null); another kind of address is Go's AddrError
     * {@code err}, in an OpError naming {@code source} and {@code addr}.
     */
    private static TCPAddr tcpAddr(String op, String network, Addr a, Addr source, Addr addr, String err)
            throws IOException {
        if (a == null || a instanceof TCPAddr) {
            return (TCPAddr) a;
        }
        throw new OpException(op, network, source, addr, new AddrException(err, a.toString()));
    }
}
