package net.udp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Instant;
import java.util.List;
import net.api.Addr;
import net.api.IP;
import net.api.AddrException;
import net.api.OpException;
import net.api.UDPAddr;
import net.api.WriteToConnectedException;
import net.api.poll.ArgCheck;
import net.api.poll.OpErrors;
import net.api.poll.PollFd;
import net.udp.UDPConn;
import net.udp.UDPMsg;

/**
 * A UDP socket on a non-blocking {@link DatagramChannel} (Go's {@code UDPConn} over
 * {@code netFD}: {@code udpsock.go}, {@code udpsock_posix.go}, {@code net.go}'s {@code conn}
 * methods). Every operation goes through the channel's {@link PollFd}; errors are Go's
 * {@code OpError} with the system call Go names: read, recvfrom, recvmsg, write, sendto,
 * sendmsg.
 *
 * <p>A receive is one non-blocking {@link DatagramChannel#receive} attempt, which tells a
 * zero-length datagram (a sender) from none (null), also on a connected socket, where
 * {@code read} could not. An IPv6-only socket ("udp6") is emulated, as the JDK cannot set
 * IPV6_V6ONLY: datagrams from IPv4 peers are dropped, and sending to one fails as Linux's
 * IPv6-only socket does, with "network is unreachable".
 */
public final class UdpConn implements UDPConn {

    private final String network;
    private final DatagramChannel ch;
    private final PollFd fd;
    private final ProtocolFamily family;
    private final boolean v6only;
    private final UDPAddr laddr;
    private final UDPAddr raddr;

    /** Wraps a bound (and maybe connected) channel already owned by {@code fd}. */
    UdpConn(String network, DatagramChannel ch, PollFd fd, ProtocolFamily family, boolean v6only)
            throws IOException {
        this.network = network;
        this.ch = ch;
        this.fd = fd;
        this.family = family;
        this.v6only = v6only;
        this.laddr = UdpAddrs.toUDPAddr(family, ch.getLocalAddress());
        this.raddr = UdpAddrs.toUDPAddr(family, ch.getRemoteAddress());
    }

    // ---- reading ----

    @Override
    public int read(ByteBuffer dst) throws IOException {
        writable(dst);
        int start = dst.position();
        try {
            if (!dst.hasRemaining()) {
                return fd.withRef(() -> 0); // Go: no system call for an empty buffer
            }
            receive(dst, "read");
            return dst.position() - start;
        } catch (IOException e) {
            throw OpErrors.wrap("read", network, laddr, raddr, "read", e);
        }
    }

    @Override
    public UDPAddr readFrom(ByteBuffer dst) throws IOException {
        return readFromUDP(dst);
    }

    @Override
    public UDPAddr readFromUDP(ByteBuffer dst) throws IOException {
        writable(dst);
        try {
            return UdpAddrs.toUDPAddr(family, receive(dst, "recvfrom"));
        } catch (IOException e) {
            throw OpErrors.wrap("read", network, laddr, raddr, "recvfrom", e);
        }
    }

    @Override
    public UDPMsg readMsgUDP(ByteBuffer dst) throws IOException {
        writable(dst);
        int room = dst.remaining();
        ByteBuffer tmp = ByteBuffer.allocate(room + 1); // one byte more: a longer datagram fills it
        try {
            SocketAddress from = receive(tmp, "recvmsg");
            tmp.flip();
            int n = Math.min(room, tmp.remaining());
            int flags = tmp.remaining() > room ? UDPMsg.MSG_TRUNC : 0;
            dst.put(tmp.limit(n));
            return new UDPMsg(n, flags, UdpAddrs.toUDPAddr(family, from));
        } catch (IOException e) {
            throw OpErrors.wrap("read", network, laddr, raddr, "recvmsg", e);
        }
    }

    /** Checks a buffer to read into: present and not read-only. */
    private static void writable(ByteBuffer dst) {
        if (ArgCheck.notNull(dst, "dst").isReadOnly()) {
            throw new IllegalArgumentException("dst is read-only");
        }
    }

    /**
     * Receives one datagram into {@code dst} (truncated to its room), waiting through the
     * poller; returns the sender. For the poller an attempt counts 1 when a datagram came, so
     * that an empty one is not taken for "would block".
     */
    private SocketAddress receive(ByteBuffer dst, String syscall) throws IOException {
        int start = dst.position();
        SocketAddress[] from = new SocketAddress[1];
        try {
            fd.read(() -> {
                while (true) {
                    SocketAddress sa = ch.receive(dst);
                    if (sa == null) {
                        return 0;
                    }
                    if (v6only && UdpAddrs.isV4Peer(sa)) {
                        dst.position(start); // not for an IPv6-only socket: drop it
                        continue;
                    }
                    from[0] = sa;
                    return 1;
                }
            });
        } catch (IOException e) {
            throw Errno.translate(syscall, e);
        }
        return from[0];
    }

    // ---- writing ----

    @Override
    public int write(ByteBuffer src) throws IOException {
        ArgCheck.notNull(src, "src");
        try {
            if (raddr == null) {
                return fd.withRef(() -> {
                    throw Errno.of("write", Errno.EDESTADDRREQ);
                });
            }
            return send(src, null, "write");
        } catch (IOException e) {
            throw OpErrors.wrap("write", network, laddr, raddr, "write", e);
        }
    }

    /**
     * Go's {@code WriteTo}: an address that is not a {@link UDPAddr} (null included) is EINVAL;
     * otherwise as {@link #writeToUDP}.
     */
    @Override
    public int writeTo(ByteBuffer src, Addr addr) throws IOException {
        ArgCheck.notNull(src, "src");
        if (!(addr instanceof UDPAddr a)) {
            throw new OpException("write", network, laddr, addr, Errno.bare(Errno.EINVAL));
        }
        return writeToUDP(src, a);
    }

    @Override
    public int writeToUDP(ByteBuffer src, UDPAddr addr) throws IOException {
        ArgCheck.notNull(src, "src");
        try {
            if (raddr != null) {
                throw new WriteToConnectedException();
            }
            if (addr == null) {
                throw new AddrException("missing address", "");
            }
            return send(src, destination(addr), "sendto");
        } catch (IOException e) {
            throw OpErrors.wrap("write", network, laddr, addr, "sendto", e);
        }
    }

    @Override
    public int writeMsgUDP(ByteBuffer src, UDPAddr addr) throws IOException {
        ArgCheck.notNull(src, "src");
        try {
            if (raddr != null && addr != null) {
                throw new WriteToConnectedException();
            }
            if (raddr == null && addr == null) {
                throw new AddrException("missing address", "");
            }
            return send(src, addr == null ? null : destination(addr), "sendmsg");
        } catch (IOException e) {
            throw OpErrors.wrap("write", network, laddr, addr, "sendmsg", e);
        }
    }

    /** The socket address to send to; Go's family checks, IPv6-only's refusal of IPv4. */
    private InetSocketAddress destination(UDPAddr addr) throws IOException {
        InetSocketAddress to = UdpAddrs.toSocketAddress(family, addr);
        if (v6only && UdpAddrs.isV4Peer(to)) {
            throw Errno.of("sendto", Errno.ENETUNREACH);
        }
        return to;
    }

    /**
     * Sends {@code src} as one datagram, to {@code to} or (null) to the connected peer, waiting
     * through the poller while the send buffer is full; returns its length.
     */
    private int send(ByteBuffer src, InetSocketAddress to, String syscall) throws IOException {
        int len = src.remaining();
        sendOne(len, () -> to == null ? ch.write(src) : ch.send(src, to), syscall);
        return len;
    }

    /**
     * Go's {@code Buffers.WriteTo} on a UDP socket: one datagram gathered from every buffer
     * (writev), to the connected peer; on an unconnected socket Go's
     * {@code writev: destination address required}.
     */
    @Override
    public long write(ByteBuffer[] srcs) throws IOException {
        ArgCheck.notNull(srcs, "srcs");
        long len = 0;
        for (int i = 0; i < srcs.length; i++) {
            len += ArgCheck.notNull(srcs[i], "srcs[" + i + "]").remaining();
        }
        try {
            if (raddr == null) {
                return fd.withRef(() -> {
                    throw Errno.of("writev", Errno.EDESTADDRREQ);
                });
            }
            sendOne(len, () -> ch.write(srcs), "writev");
            return len;
        } catch (IOException e) {
            throw OpErrors.wrap("writev", network, laddr, raddr, "writev", e);
        }
    }

    /**
     * Runs one send of a {@code len}-byte datagram through the poller. The JDK reports an empty
     * datagram sent and "would block" alike, as 0: an empty one counts as sent. For the poller
     * the attempt counts 1 once the datagram is out.
     */
    private void sendOne(long len, PollFd.CountAttempt send, String syscall) throws IOException {
        boolean[] sent = {false};
        try {
            fd.writeFully(() -> {
                long n = send.attempt();
                if (n == 0 && len > 0) {
                    return 0;
                }
                sent[0] = true;
                return 1;
            }, () -> !sent[0]);
        } catch (IOException e) {
            throw Errno.translate(syscall, e);
        }
    }

    // ---- the rest of Conn ----

    /** Closes and unblocks every pending call; closing again does nothing (Java's {@code Closeable}, where Go errs). */
    @Override
    public void close() throws IOException {
        try {
            fd.close();
        } catch (IOException e) {
            throw OpErrors.wrap("close", network, laddr, raddr, "close", e);
        }
    }

    @Override
    public UDPAddr localAddr() {
        return laddr;
    }

    /** The connected peer, or {@code null} for an unconnected socket (Go's nil). */
    @Override
    public UDPAddr remoteAddr() {
        return raddr;
    }

    @Override
    public void setDeadline(Instant deadline) throws IOException {
        set(() -> {
            fd.setReadDeadline(deadline);
            fd.setWriteDeadline(deadline);
        });
    }

    @Override
    public void setReadDeadline(Instant deadline) throws IOException {
        set(() -> fd.setReadDeadline(deadline));
    }

    @Override
    public void setWriteDeadline(Instant deadline) throws IOException {
        set(() -> fd.setWriteDeadline(deadline));
    }

    /** Go's {@code conn.Set*}: a failure is an OpError of op "set" naming only the local address. */
    private void set(Setting setting) throws IOException {
        try {
            setting.apply();
        } catch (IOException e) {
            throw OpErrors.wrap("set", network, null, laddr, "setsockopt", e);
        }
    }

    /** A change of a setting of the descriptor. */
    @FunctionalInterface
    private interface Setting {
        void apply() throws IOException;
    }

    @Override
    public void setReadBuffer(int bytes) throws IOException {
        bufferOption(StandardSocketOptions.SO_RCVBUF, bytes);
    }

    @Override
    public void setWriteBuffer(int bytes) throws IOException {
        bufferOption(StandardSocketOptions.SO_SNDBUF, bytes);
    }

    /**
     * Go's {@code setReadBuffer}/{@code setWriteBuffer}: the kernel reads the size as unsigned
     * and caps it at the system's maximum, so a negative size is the maximum, not an error.
     */
    private void bufferOption(SocketOption<Integer> option, int bytes) throws IOException {
        int size = bytes < 0 ? Integer.MAX_VALUE : bytes;
        set(() -> fd.withRef(() -> ch.setOption(option, size)));
    }

    /** Joins the multicast group {@code group} on {@code on}, the first the sending one if {@code setIf}. */
    void joinGroup(IP group, List<NetworkInterface> on, boolean setIf) throws IOException {
        fd.withRef(() -> {
            Multicast.join(ch, group, on, setIf);
            return null;
        });
    }

    /** Reads a socket option of the open channel; for tests of the defaults. */
    <T> T option(SocketOption<T> option) throws IOException {
        return fd.withRef(() -> ch.getOption(option));
    }

    @Override
    public String toString() {
        return "UDPConn(" + network + " " + laddr + (raddr == null ? "" : "->" + raddr) + ")";
    }
}
