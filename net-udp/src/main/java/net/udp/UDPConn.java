package net.udp;

import java.io.IOException;
import java.nio.ByteBuffer;
import net.api.Addr;
import net.api.Conn;
import net.api.Interface;
import net.api.PacketConn;
import net.api.UDPAddr;
import net.udp.internal.UdpOpen;

/**
 * Go's {@code *net.UDPConn}: a UDP socket, both a {@link Conn} (reading and writing the one
 * peer of a connected socket) and a {@link PacketConn} (datagrams from and to any address).
 * Every failure is an {@link net.api.OpError} with Go's text, for example
 * {@code read udp 127.0.0.1:5000->127.0.0.1:6000: read: connection refused}.
 *
 * <p>Get one from {@link #listenUDP}, {@link #dialUDP} or {@link #listenMulticastUDP} (Go's
 * package functions of those names), or cast what {@code Net.listenPacket("udp", …)} and
 * {@code Net.dial("udp", …)} return.
 *
 * <p>Differences from Go, all from what the JDK's {@link java.nio.channels.DatagramChannel}
 * offers: there is no ancillary data (Go's {@code oob} of {@code ReadMsgUDP} and
 * {@code WriteMsgUDP}), since the JDK neither passes control messages to {@code sendmsg} nor
 * returns them from {@code recvmsg}; and "udp6" is IPv6-only by emulation, since the JDK cannot
 * set IPV6_V6ONLY (see {@link #listenUDP}).
 */
public sealed interface UDPConn extends Conn, PacketConn permits net.udp.internal.UdpConn {

    /**
     * Go's {@code ListenUDP}: an unconnected socket bound to {@code laddr}. A {@code null}
     * address, or one with a {@code null} or unspecified IP, listens on every address of the
     * machine ("udp": a dual-stack socket on {@code [::]}, "udp4" on {@code 0.0.0.0}, "udp6" on
     * {@code [::]} for IPv6 peers only); port 0 picks a free port.
     *
     * @param network "udp", "udp4" or "udp6"; another is Go's "unknown network"
     * @param laddr the local address, or {@code null}
     * @throws net.api.OpException of op "listen", for example
     *     {@code listen udp4 [::1]:0: address ::1: non-IPv4 address}
     */
    static UDPConn listenUDP(String network, UDPAddr laddr) throws IOException {
        return UdpOpen.listen(network, laddr, null);
    }

    /**
     * Go's {@code DialUDP}: a socket connected to {@code raddr}, so that {@link #read} and
     * {@link #write} exchange datagrams with that peer only. A {@code null} or unspecified IP in
     * {@code raddr} means this machine (loopback). An ICMP port-unreachable that the peer's host
     * sends back is reported by the next read or write as "connection refused".
     *
     * @param network "udp", "udp4" or "udp6"
     * @param laddr the local address to bind, or {@code null} for any
     * @param raddr the peer; {@code null} is Go's "missing address"
     * @throws net.api.OpException of op "dial"
     */
    static UDPConn dialUDP(String network, UDPAddr laddr, UDPAddr raddr) throws IOException {
        return UdpOpen.dial(network, laddr, raddr, null);
    }

    /**
     * Go's {@code ListenMulticastUDP}: a socket bound to the wildcard address at
     * {@code gaddr}'s port (SO_REUSEADDR, so that several can share it), with multicast
     * loopback off, that has joined the group {@code gaddr} on {@code ifi}, which also becomes
     * the interface its multicast datagrams leave by.
     *
     * <p>Where Go's nil interface lets the kernel pick one, this joins the group on every
     * interface that is up and multicast-capable ({@link net.api.Net#interfaces()} with
     * {@link net.api.Flags#UP} and {@link net.api.Flags#MULTICAST}): the JDK cannot join
     * without naming an interface.
     *
     * @param network "udp", "udp4" or "udp6"
     * @param ifi the interface, for example {@code Net.interfaceByName("eth0")}, or {@code null}
     *     for every multicast-capable one
     * @param gaddr the group and port; {@code null} or a {@code null} IP is Go's "missing address"
     * @throws net.api.OpException of op "listen"; {@code no such network interface} when the
     *     system no longer knows {@code ifi}'s index
     */
    static UDPConn listenMulticastUDP(String network, Interface ifi, UDPAddr gaddr) throws IOException {
        return UdpOpen.listenMulticast(network, ifi, gaddr);
    }

    @Override
    UDPAddr localAddr();

    /** The connected peer, or {@code null} for an unconnected socket (Go's nil). */
    @Override
    UDPAddr remoteAddr();

    /**
     * Reads one datagram into {@code dst} (Go's {@code Read}); a datagram longer than the room
     * in {@code dst} is truncated to it. On an unconnected socket it takes a datagram from
     * anyone. An empty {@code dst} returns 0 at once and takes no datagram, as in Go.
     */
    @Override
    int read(ByteBuffer dst) throws IOException;

    /**
     * Sends {@code src} as one datagram to the connected peer (Go's {@code Write}); on an
     * unconnected socket it fails with Go's {@code write: destination address required}.
     */
    @Override
    int write(ByteBuffer src) throws IOException;

    /**
     * Sends every buffer's remaining bytes as one datagram to the connected peer (Go's
     * {@code Buffers.WriteTo}, a writev); on an unconnected socket it fails as {@link #write}.
     */
    @Override
    long write(ByteBuffer[] srcs) throws IOException;

    /**
     * Receives one datagram into {@code dst}, truncated to its room, and returns its sender (Go's
     * {@code ReadFrom}); the number of bytes is how far {@code dst}'s position moved. An empty
     * {@code dst} takes a datagram and drops its bytes, as in Go. {@link #readMsgUDP} tells
     * whether the datagram was truncated.
     */
    @Override
    UDPAddr readFrom(ByteBuffer dst) throws IOException;

    /** {@link #readFrom} (Go's {@code ReadFromUDP}, which differs from ReadFrom only in its type). */
    UDPAddr readFromUDP(ByteBuffer dst) throws IOException;

    /**
     * Go's {@code ReadMsgUDP} without ancillary data: receives one datagram into {@code dst} and
     * returns its length, its sender and the flags, {@link UDPMsg#MSG_TRUNC} when the datagram
     * was longer than the room in {@code dst} and was cut to it. Go's {@code oob} and
     * {@code oobn} are missing: the JDK cannot return control messages (IP_PKTINFO, IP_TOS,
     * …). The flags other than MSG_TRUNC are never set. It receives through a buffer one byte
     * larger than {@code dst}'s room, so it copies the datagram once more than {@link #readFrom}.
     */
    UDPMsg readMsgUDP(ByteBuffer dst) throws IOException;

    /**
     * Sends {@code src} as one datagram to {@code addr} and returns its length (Go's
     * {@code WriteTo}). On a connected socket it fails with
     * {@link net.api.WriteToConnectedException}; an address that is not a {@link UDPAddr}
     * ({@code null} included) is Go's {@code invalid argument}.
     */
    @Override
    int writeTo(ByteBuffer src, Addr addr) throws IOException;

    /**
     * Go's {@code WriteToUDP}: {@link #writeTo} for a {@link UDPAddr}; {@code null} is Go's
     * {@code missing address}. An IPv6 address on a "udp4" socket is Go's
     * {@code non-IPv4 address}.
     */
    int writeToUDP(ByteBuffer src, UDPAddr addr) throws IOException;

    /**
     * Go's {@code WriteMsgUDP} without ancillary data: on a connected socket {@code addr} must
     * be {@code null} (else {@link net.api.WriteToConnectedException}) and the datagram goes to
     * the peer; on an unconnected one {@code addr} is required (else {@code missing address}).
     * Go's {@code oob} is missing: the JDK cannot pass control messages to {@code sendmsg}.
     */
    int writeMsgUDP(ByteBuffer src, UDPAddr addr) throws IOException;

    /**
     * Sets the receive buffer size, SO_RCVBUF (Go's {@code SetReadBuffer}). The kernel caps it
     * at its maximum; a negative size asks for the maximum, as the kernel reads it unsigned.
     */
    void setReadBuffer(int bytes) throws IOException;

    /** Sets the send buffer size, SO_SNDBUF (Go's {@code SetWriteBuffer}), as {@link #setReadBuffer}. */
    void setWriteBuffer(int bytes) throws IOException;
}
