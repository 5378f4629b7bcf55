package net.udp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import net.api.AddrException;
import net.api.Control;
import net.api.Interface;
import net.api.IP;
import net.api.OpException;
import net.api.UDPAddr;
import net.api.UnknownNetworkException;
import net.api.poll.ArgCheck;
import net.api.poll.OpErrors;
import net.api.poll.PollFd;
import net.api.poll.SyscallException;

/**
 * Opens UDP sockets (Go's {@code udpsock.go}: {@code DialUDP}, {@code ListenUDP},
 * {@code ListenMulticastUDP}; {@code sock_posix.go}: {@code socket}, {@code listenDatagram},
 * {@code dial}): checks the network and addresses as Go does, opens a channel of the family Go
 * would choose with SO_BROADCAST set, runs the Control hook, binds (a multicast address as the
 * wildcard with SO_REUSEADDR) and connects.
 */
public final class UdpOpen {

    /** The networks UDP serves. */
    static final Set<String> NETWORKS = Set.of("udp", "udp4", "udp6");

    private UdpOpen() {
    }

    /** Go's {@code ListenUDP} with a Control hook (or null); errors are OpErrors of op "listen". */
    public static UdpConn listen(String network, UDPAddr laddr, Control control) throws IOException {
        checkNetwork("listen", network, null, laddr);
        UDPAddr local = laddr == null ? new UDPAddr(null, 0) : laddr;
        try {
            return bound(network, local, control);
        } catch (ControlFailure e) {
            throw new OpException("listen", network, null, local, e.getCause());
        } catch (IOException e) {
            throw OpErrors.wrap("listen", network, null, local, "listen", e);
        }
    }

    /** Go's {@code DialUDP} with a Control hook (or null); errors are OpErrors of op "dial". */
    public static UdpConn dial(String network, UDPAddr laddr, UDPAddr raddr, Control control) throws IOException {
        checkNetwork("dial", network, laddr, raddr);
        if (raddr == null) {
            throw new OpException("dial", network, laddr, null, new AddrException("missing address", ""));
        }
        try {
            return connected(network, laddr, raddr, control);
        } catch (ControlFailure e) {
            throw new OpException("dial", network, laddr, raddr, e.getCause());
        } catch (IOException e) {
            throw OpErrors.wrap("dial", network, laddr, raddr, "connect", e);
        }
    }

    /** Go's {@code ListenMulticastUDP}; {@code ifi} null joins on every multicast-capable interface. */
    public static UdpConn listenMulticast(String network, Interface ifi, UDPAddr gaddr) throws IOException {
        checkNetwork("listen", network, null, gaddr);
        if (gaddr == null || gaddr.ip() == null) {
            throw new OpException("listen", network, null, gaddr, new AddrException("missing address", ""));
        }
        List<NetworkInterface> on = Multicast.interfaces(ifi);
        if (on.isEmpty()) { // Go's errNoSuchInterface
            throw new OpException("listen", network, null, gaddr, new SocketException("no such network interface"));
        }
        UdpConn c = null;
        try {
            c = bound(network, gaddr, null);
            c.joinGroup(gaddr.ip(), on, ifi != null);
            return c;
        } catch (IOException e) {
            if (c != null) {
                closeQuietly(c);
            }
            throw OpErrors.wrap("listen", network, null, gaddr, "setsockopt", e);
        }
    }

    /** An unconnected socket bound to {@code local}. */
    private static UdpConn bound(String network, UDPAddr local, Control control) throws IOException {
        ProtocolFamily family = UdpAddrs.family(network, local, null, true);
        boolean v6only = network.equals("udp6");
        InetSocketAddress at = bindAddress(family, v6only, local);
        DatagramChannel ch = open(family, control, at);
        PollFd fd = null;
        try {
            if (isMulticast(local)) {
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                at = UdpAddrs.toSocketAddress(family, new UDPAddr(null, local.port()));
            }
            bind(ch, at);
            fd = new PollFd(ch);
            return new UdpConn(network, ch, fd, family, v6only);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fd, ch);
            throw e;
        }
    }

    /** A socket bound to {@code local} (or any) and connected to {@code remote}. */
    private static UdpConn connected(String network, UDPAddr local, UDPAddr remote, Control control)
            throws IOException {
        ProtocolFamily family = UdpAddrs.family(network, local, remote, false);
        boolean v6only = network.equals("udp6");
        InetSocketAddress to = UdpAddrs.toSocketAddress(family, remote);
        InetSocketAddress from = local == null ? null : bindAddress(family, v6only, local);
        if (v6only && UdpAddrs.isV4Peer(to)) {
            throw Errno.of("connect", Errno.ENETUNREACH);
        }
        DatagramChannel ch = open(family, control, to);
        PollFd fd = null;
        try {
            if (from != null) {
                bind(ch, from);
            }
            fd = new PollFd(ch);
            try {
                ch.connect(UdpAddrs.isWildcard(remote) ? loopback(family, remote.port()) : to);
            } catch (SocketException e) {
                throw new SyscallException("connect", e);
            }
            return new UdpConn(network, ch, fd, family, v6only);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fd, ch);
            throw e;
        }
    }

    /**
     * The address to bind {@code local} to; an IPv6-only socket cannot bind an IPv4 address
     * (Go's {@code bind: invalid argument}).
     */
    private static InetSocketAddress bindAddress(ProtocolFamily family, boolean v6only, UDPAddr local)
            throws IOException {
        InetSocketAddress at = UdpAddrs.toSocketAddress(family, local);
        if (v6only && !UdpAddrs.isWildcard(local) && UdpAddrs.isV4Peer(at)) {
            throw Errno.of("bind", Errno.EINVAL);
        }
        return at;
    }

    /**
     * A new channel of {@code family} with Go's datagram defaults (SO_BROADCAST), after the
     * Control hook has seen it with the address about to be bound or dialed.
     */
    private static DatagramChannel open(ProtocolFamily family, Control control, InetSocketAddress address)
            throws IOException {
        DatagramChannel ch = DatagramChannel.open(family);
        try {
            ch.setOption(StandardSocketOptions.SO_BROADCAST, true);
            if (control != null) {
                String net = family == StandardProtocolFamily.INET ? "udp4" : "udp6";
                try {
                    control.control(net, UdpAddrs.controlAddress(address), ch);
                } catch (IOException e) {
                    throw new ControlFailure(e);
                }
            }
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static void bind(DatagramChannel ch, InetSocketAddress at) throws IOException {
        try {
            ch.bind(at);
        } catch (IOException e) {
            throw new SyscallException("bind", e);
        }
    }

    /** Where a dial to the wildcard goes, as the kernel sends it: the family's loopback. */
    private static InetSocketAddress loopback(ProtocolFamily family, int port) throws IOException {
        IP ip = family == StandardProtocolFamily.INET ? IP.of(new byte[] {127, 0, 0, 1}) : IP.IPV6_LOOPBACK;
        InetAddress a = ip.toInetAddress();
        return new InetSocketAddress(a, port);
    }

    private static boolean isMulticast(UDPAddr a) {
        return a != null && a.ip() != null && a.ip().length() != 0 && a.ip().isMulticast();
    }

    /** Go's network check: an OpError of {@code op} caused by "unknown network". */
    private static void checkNetwork(String op, String network, UDPAddr source, UDPAddr addr) throws OpException {
        ArgCheck.notNull(network, "network");
        if (!NETWORKS.contains(network)) {
            throw new OpException(op, network, source, addr, new UnknownNetworkException(network));
        }
    }

    /** The Control hook failed: Go reports its error as it is, in the OpError. */
    private static final class ControlFailure extends IOException {

        private static final long serialVersionUID = 1L;

        ControlFailure(IOException cause) {
            super(cause);
        }
    }

    private static void closeQuietly(PollFd fd, DatagramChannel ch) {
        try {
            if (fd != null) {
                fd.close();
            } else {
                ch.close();
            }
        } catch (IOException e) {
            // the open's own error is the one to report
        }
    }

    private static void closeQuietly(UdpConn c) {
        try {
            c.close();
        } catch (IOException e) {
            // the join's error is the one to report
        }
    }
}
