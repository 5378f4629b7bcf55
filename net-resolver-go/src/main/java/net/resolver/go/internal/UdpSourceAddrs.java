package net.resolver.go.internal;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
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
     * {@inheritDoc} Empty when the destination is not a 4- or 16-byte address, when its zone
     * names no interface, or when the kernel has no route to it (the connect fails). The
     * socket is closed before returning, on every path.
     */
    @Override
    public Optional<IP> source(IPAddr dst) {
        if (dst == null || dst.ip() == null) {
            throw new IllegalArgumentException("dst" + (dst == null ? "" : ".ip") + " is null");
        }
        Optional<InetAddress> to = inetAddress(dst);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        ProtocolFamily family = to.get() instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        try (DatagramChannel channel = DatagramChannel.open(family)) {
            channel.connect(new InetSocketAddress(to.get(), PORT));
            if (channel.getLocalAddress() instanceof InetSocketAddress local) {
                return Optional.of(IP.of(local.getAddress().getAddress()));
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The destination as Java's address. A zone is resolved as Go's zone cache does it: an
     * interface name, else the zone's leading decimal digits as the scope id, else no scope.
     */
    private static Optional<InetAddress> inetAddress(IPAddr dst) {
        byte[] b = dst.ip().bytes();
        try {
            if (b.length == 4 || b.length == 16 && IpBytes.to4(dst.ip()) != null) {
                return Optional.of(InetAddress.getByAddress(IpBytes.to4(dst.ip()).bytes()));
            }
            if (b.length != 16) {
                return Optional.empty();
            }
            String zone = dst.zone();
            NetworkInterface nif = zone.isEmpty() ? null : NetworkInterface.getByName(zone);
            if (nif != null) {
                return Optional.of(Inet6Address.getByAddress(null, b, nif));
            }
            return Optional.of(Inet6Address.getByAddress(null, b, leadingNumber(zone)));
        } catch (UnknownHostException | SocketException e) {
            return Optional.empty();
        }
    }

    /** Go's {@code dtoi} as the zone cache's last resort uses it: the leading digits, capped; 0 for none. */
    private static int leadingNumber(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n >= 0xFFFFFF) {
                return 0xFFFFFF;
            }
        }
        return n;
    }
}
