package net.api.internal;

import java.io.IOException;
import java.util.List;
import net.api.Addr;
import net.api.AddrException;
import net.api.IPAddr;
import net.api.ListenConfig;
import net.api.Listener;
import net.api.OpException;
import net.api.PacketConn;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnixAddr;
import net.api.spi.ListenRequest;
import net.api.spi.TransportProvider;

/**
 * A {@link ListenConfig}'s listen, as Go's {@code ListenConfig.Listen} and
 * {@code ListenConfig.ListenPacket} in {@code dial.go}: resolve the address, keep its first
 * IPv4 address (else its first address; a name gives one listener, not one per address), and
 * hand it to the transport. Failures are Go's {@code OpError} with op "listen".
 */
public final class Listening {

    private Listening() {
    }

    /** Go's {@code ListenConfig.Listen}: a stream listener on a TCP or Unix address. */
    public static Listener listen(ListenConfig lc, TransportLookup transports, AddrListSource addrs,
                                  String network, String address) throws IOException {
        Resolved r = resolve(transports, addrs, network, address);
        if (!(r.local() instanceof TCPAddr) && !(r.local() instanceof UnixAddr)) {
            throw unexpected(network, address, r.local());
        }
        ListenRequest req = new ListenRequest(network, r.local(),
                EffectiveKeepAlive.of(lc.keepAlive(), lc.keepAliveConfig()), lc.control().orElse(null));
        try {
            return r.transport().listen(req);
        } catch (IOException e) {
            throw FacadeErrors.wrap("listen", network, null, r.local(), e);
        }
    }

    /** Go's {@code ListenConfig.ListenPacket}: a datagram socket on a UDP, IP or Unix address. */
    public static PacketConn listenPacket(ListenConfig lc, TransportLookup transports, AddrListSource addrs,
                                          String network, String address) throws IOException {
        Resolved r = resolve(transports, addrs, network, address);
        Addr la = r.local();
        if (!(la instanceof UDPAddr) && !(la instanceof IPAddr) && !(la instanceof UnixAddr)) {
            throw unexpected(network, address, la);
        }
        try {
            return r.transport().listenPacket(new ListenRequest(network, la, null, lc.control().orElse(null)));
        } catch (IOException e) {
            throw FacadeErrors.wrap("listen", network, null, la, e);
        }
    }

    private record Resolved(TransportProvider transport, Addr local) {
    }

    private static Resolved resolve(TransportLookup transports, AddrListSource addrs,
                                    String network, String address) throws IOException {
        List<Addr> las;
        try {
            las = addrs.resolve("listen", network, address, null, null);
        } catch (IOException e) {
            throw FacadeErrors.wrap("listen", network, null, null, e);
        }
        return new Resolved(transports.transport(Dialing.family(network)), AddrList.first(las, AddrList::isIPv4));
    }

    private static OpException unexpected(String network, String address, Addr la) {
        return new OpException("listen", network, null, la, new AddrException("unexpected address type", address));
    }
}
