package net.resolver.go.internal;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import net.api.AddrException;
import net.api.IP;
import net.api.IPAddr;

/**
 * The kernel's choice of source address, found as Go's {@code srcAddrs} finds it: connect a UDP
 * socket to the destination (port 53; the port does not matter) and read the local address it
 * was bound to. Connecting a UDP socket only sets its default peer and makes the kernel pick a
 * route and a source address: no packet is sent, so this never touches the network.
 */
public final class UdpSourceAddrs implements SourceAddrs {

    private static final int PORT = 53;

    /**
     * {@inheritDoc} Empty when the destination is not a 4- or 16-byte address or when the
     * kernel has no route to it (the connect fails; so does a link-local destination whose zone
     * names no interface, which Go's zone lookup leaves unscoped too). The socket is closed
     * before returning, on every path.
     */
    @Override
    public Optional<IP> source(IPAddr dst) {
        if (dst == null || dst.ip() == null) {
            throw new IllegalArgumentException("dst" + (dst == null ? "" : ".ip") + " is null");
        }
        InetAddress to;
        try {
            to = dst.ip().toInetAddress(dst.zone());
        } catch (AddrException e) {
            return Optional.empty();
        }
        ProtocolFamily family = to instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        try (DatagramChannel channel = DatagramChannel.open(family)) {
            channel.connect(new InetSocketAddress(to, PORT));
            if (channel.getLocalAddress() instanceof InetSocketAddress local) {
                return Optional.of(IP.of(local.getAddress().getAddress()));
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
