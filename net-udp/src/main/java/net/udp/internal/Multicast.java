package net.udp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import net.api.Flags;
import net.api.IP;
import net.api.Interface;
import net.api.Net;
import net.api.poll.SyscallException;

/**
 * Joins a multicast group the way Go's {@code ListenMulticastUDP} does
 * ({@code udpsock_posix.go}: {@code listenIPv4MulticastUDP}, {@code listenIPv6MulticastUDP};
 * {@code sockoptip_posix.go}): the outgoing interface set when one is named, multicast loopback
 * off, then the membership. The JDK cannot join on "any" interface, so without one the group
 * is joined on every interface that is up and multicast-capable.
 */
final class Multicast {

    private Multicast() {
    }

    /**
     * The JDK's interfaces to join on: {@code ifi}'s (none if the system no longer knows its
     * index), or (null) every one that is up and multicast-capable.
     */
    static List<NetworkInterface> interfaces(Interface ifi) throws IOException {
        List<Interface> from = ifi != null ? List.of(ifi) : Net.interfaces().stream()
                .filter(i -> i.flags().has(Flags.UP) && i.flags().has(Flags.MULTICAST)).toList();
        List<NetworkInterface> on = new ArrayList<>();
        for (Interface i : from) {
            NetworkInterface ni = NetworkInterface.getByIndex(i.index());
            if (ni != null) {
                on.add(ni);
            }
        }
        return on;
    }

    /** Joins {@code group} on each of {@code on}; the first becomes the sending interface if {@code setIf}. */
    static void join(DatagramChannel ch, IP group, List<NetworkInterface> on, boolean setIf) throws IOException {
        InetAddress g = group.to4().orElse(group).toInetAddress();
        try {
            if (setIf) {
                ch.setOption(StandardSocketOptions.IP_MULTICAST_IF, on.get(0));
            }
            ch.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, false);
            for (NetworkInterface ni : on) {
                ch.join(g, ni);
            }
        } catch (IllegalArgumentException e) {
            throw Errno.of("setsockopt", Errno.EINVAL); // not a multicast address
        } catch (SocketException e) {
            throw new SyscallException("setsockopt", e);
        }
    }
}
