package net.udp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.api.IP;
import net.api.poll.SyscallException;

/**
 * Joins a multicast group the way Go's {@code ListenMulticastUDP} does
 * ({@code udpsock_posix.go}: {@code listenIPv4MulticastUDP}, {@code listenIPv6MulticastUDP};
 * {@code sockoptip_posix.go}): the outgoing interface set when one is named, multicast loopback
 * off, then the membership. The JDK cannot join on "any" interface, so without a name the
 * group is joined on every interface that is up and multicast-capable.
 */
final class Multicast {

    private Multicast() {
    }

    /** Joins {@code group} on {@code ifi}, or (null) on every multicast-capable interface. */
    static void join(DatagramChannel ch, IP group, NetworkInterface ifi) throws IOException {
        InetAddress g = group.to4().orElse(group).toInetAddress();
        List<NetworkInterface> on = ifi != null ? List.of(ifi) : capable();
        if (on.isEmpty()) {
            throw Errno.of("setsockopt", Errno.ENODEV);
        }
        try {
            if (ifi != null) {
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

    private static List<NetworkInterface> capable() throws SocketException {
        List<NetworkInterface> all = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isUp() && ni.supportsMulticast()) {
                all.add(ni);
            }
        }
        return all;
    }
}
