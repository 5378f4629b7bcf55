package net.resolver.go.internal;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.api.AddrException;
import net.api.IP;
import net.api.IPAddr;

/**
 * The kernel's choice of source address, found as Go's {@code srcAddrs} finds it: connect a UDP
 * socket to the destination (port 53; the port does not matter) and read the local address it
 * was bound to. Connecting a UDP socket only sets its default peer and makes the kernel pick a
 * route and a source address: no packet is sent, so this never touches the network.
 *
 * <p>A probe leaves its socket disconnected and idle for the next one, one socket per address
 * family: connecting and disconnecting again costs half of what opening and closing a socket
 * does, and RFC 6724 ordering probes every address of every answer. A probe that finds no idle
 * socket (another one is using it) opens its own; of two sockets going idle at once, one is
 * closed.
 */
public final class UdpSourceAddrs implements SourceAddrs {

    private static final int PORT = 53;

    private final AtomicReference<DatagramChannel> idle4 = new AtomicReference<>();
    private final AtomicReference<DatagramChannel> idle6 = new AtomicReference<>();

    /**
     * {@inheritDoc} Empty when the destination is not a 4- or 16-byte address or when the
     * kernel has no route to it (the connect fails; so does a link-local destination whose zone
     * names no interface, which Go's zone lookup leaves unscoped too). The socket is
     * disconnected and kept idle, or closed, before returning, on every path.
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
        boolean v6 = to instanceof Inet6Address;
        AtomicReference<DatagramChannel> idle = v6 ? idle6 : idle4;
        DatagramChannel channel = idle.getAndSet(null);
        boolean reusable = false;
        try {
            if (channel == null) {
                channel = DatagramChannel.open(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
                channel.configureBlocking(false); // connect then drops pending datagrams without switching modes
            }
            channel.connect(new InetSocketAddress(to, PORT));
            Optional<IP> source = channel.getLocalAddress() instanceof InetSocketAddress local
                    ? Optional.of(IP.of(local.getAddress().getAddress()))
                    : Optional.empty();
            channel.disconnect();
            reusable = true;
            return source;
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        } finally {
            if (channel != null && !(reusable && idle.compareAndSet(null, channel))) {
                closeQuietly(channel);
            }
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // a probe socket never sent anything: nothing is lost
        }
    }
}
