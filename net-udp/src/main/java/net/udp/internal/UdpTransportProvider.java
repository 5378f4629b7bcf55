package net.udp.internal;

import java.io.IOException;
import java.util.Set;
import net.api.Addr;
import net.api.AddrException;
import net.api.Conn;
import net.api.Listener;
import net.api.OpException;
import net.api.PacketConn;
import net.api.UDPAddr;
import net.api.poll.ArgCheck;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.api.spi.TransportProvider;

/**
 * The transport for udp, udp4 and udp6, found by {@link java.util.ServiceLoader}: dials
 * (connected sockets) and listens for packets through {@link UdpOpen}. Go's {@code Listen}
 * knows no stream listener for a UDP address: "unexpected address type".
 */
public final class UdpTransportProvider implements TransportProvider {

    @Override
    public Set<String> networks() {
        return UdpOpen.NETWORKS;
    }

    /**
     * Go's {@code dialSingle} for a UDPAddr: a local address of another type is dropped (Go's
     * {@code la, _ := la.(*UDPAddr)}); a remote one of another type is "unexpected address type".
     */
    @Override
    public Conn dial(DialRequest request) throws IOException {
        ArgCheck.notNull(request, "request");
        String network = ArgCheck.notNull(request.network(), "request.network");
        UDPAddr local = request.local() instanceof UDPAddr la ? la : null;
        Addr remote = request.remote();
        if (remote != null && !(remote instanceof UDPAddr)) {
            throw new OpException("dial", network, local, remote,
                    new AddrException("unexpected address type", remote.toString()));
        }
        return UdpOpen.dial(network, local, (UDPAddr) remote, request.control());
    }

    /** Go's {@code Listen("udp", …)}: the resolved UDPAddr has no stream listener. */
    @Override
    public Listener listen(ListenRequest request) throws IOException {
        ArgCheck.notNull(request, "request");
        Addr local = request.local();
        throw new OpException("listen", request.network(), null, local,
                new AddrException("unexpected address type", local == null ? "" : local.toString()));
    }

    @Override
    public PacketConn listenPacket(ListenRequest request) throws IOException {
        ArgCheck.notNull(request, "request");
        String network = ArgCheck.notNull(request.network(), "request.network");
        UDPAddr local = udpAddr("listen", network, request.local());
        return UdpOpen.listen(network, local, request.control());
    }

    /** {@code a} as a UDPAddr; another kind of address is Go's "unexpected address type". */
    private static UDPAddr udpAddr(String op, String network, Addr a) throws IOException {
        if (a == null || a instanceof UDPAddr) {
            return (UDPAddr) a;
        }
        throw new OpException(op, network, null, a, new AddrException("unexpected address type", a.toString()));
    }
}
