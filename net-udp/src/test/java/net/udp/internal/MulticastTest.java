package net.udp.internal;

import static net.udp.internal.Udp.buf;
import static net.udp.internal.Udp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Instant;
import net.api.Flags;
import net.api.IP;
import net.api.Interface;
import net.api.Net;
import net.api.OpException;
import net.api.UDPAddr;
import net.udp.UDPConn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Go's ListenMulticastUDP between sockets of this machine, on the loopback interface: Linux
 * delivers a group's datagrams sent out of "lo" to the sockets that joined the group on "lo",
 * although "lo" lacks the MULTICAST flag, so no packet leaves the machine. The sender is a
 * JDK channel whose multicast interface is "lo" and whose multicast loopback is on.
 */
@ExtendWith(NoFdLeft.class)
class MulticastTest {

    /** An administratively scoped group (RFC 2365), used on loopback only. */
    private static final IP GROUP = IP.of(new byte[] {(byte) 239, 77, 88, 99});

    @Test
    void twoListenersOfOneGroupBothReceive() throws Exception {
        UDPConn c1 = join(new UDPAddr(GROUP, 0));
        try (c1; UDPConn c2 = join(new UDPAddr(GROUP, c1.localAddr().port()));
             DatagramChannel sender = loopbackSender()) {
            assertEquals("0.0.0.0:" + c1.localAddr().port(), c1.localAddr().toString(),
                    "bound to the wildcard at the group's port, as Go binds it");
            sender.send(buf("to the group"), new InetSocketAddress(GROUP.toInetAddress(), c1.localAddr().port()));
            for (UDPConn c : new UDPConn[] {c1, c2}) {
                c.setReadDeadline(Instant.now().plusSeconds(10));
                ByteBuffer b = ByteBuffer.allocate(32);
                c.readFrom(b);
                assertEquals("to the group", text(b));
            }
        }
    }

    /**
     * The same over IPv6, with a link-local group on lo. Linux gives lo no IPv6 multicast route
     * (lo lacks the MULTICAST flag), so where the send is refused the test is skipped saying so.
     */
    @Test
    void ipv6Group() throws Exception {
        IP group6 = Net.parseIP("ff02::7788").orElseThrow();
        UDPConn c = join("udp6", new UDPAddr(group6, 0));
        try (c; DatagramChannel sender = loopbackSender(StandardProtocolFamily.INET6)) {
            assertEquals("[::]:" + c.localAddr().port(), c.localAddr().toString());
            try {
                sender.send(buf("to the v6 group"), new InetSocketAddress(group6.toInetAddress("lo"), c.localAddr().port()));
            } catch (SocketException e) {
                Assumptions.abort("no IPv6 multicast route on lo here: " + e.getMessage());
            }
            c.setReadDeadline(Instant.now().plusSeconds(10));
            ByteBuffer b = ByteBuffer.allocate(32);
            c.readFrom(b);
            assertEquals("to the v6 group", text(b));
        }
    }

    /**
     * Go turns multicast loopback off on the listening socket. On "lo" that cannot be seen in
     * what arrives (the interface itself loops every datagram back), so the option is read.
     */
    @Test
    void multicastLoopbackIsOff() throws Exception {
        try (UDPConn c = join(new UDPAddr(GROUP, 0))) {
            assertEquals(false, ((UdpConn) c).option(StandardSocketOptions.IP_MULTICAST_LOOP));
            assertEquals("lo", ((UdpConn) c).option(StandardSocketOptions.IP_MULTICAST_IF).getName());
        }
    }

    @Test
    void unknownInterface() {
        Interface gone = new Interface(1 << 30, 1500, "gone0", null, Flags.UP.or(Flags.MULTICAST));
        OpException e = assertThrows(OpException.class,
                () -> UDPConn.listenMulticastUDP("udp4", gone, new UDPAddr(GROUP, 0)));
        assertEquals("listen udp4 239.77.88.99:0: no such network interface", e.getMessage());
    }

    @Test
    void notAGroup() {
        OpException e = assertThrows(OpException.class,
                () -> UDPConn.listenMulticastUDP("udp4", Net.interfaceByName("lo"), new UDPAddr(Udp.LOOPBACK4, 0)));
        assertEquals("listen udp4 127.0.0.1:0: setsockopt: invalid argument", e.getMessage());
    }

    /** Joins on "lo", or skips the test with the reason where this kernel will not. */
    private static UDPConn join(UDPAddr gaddr) throws IOException {
        return join("udp4", gaddr);
    }

    private static UDPConn join(String network, UDPAddr gaddr) throws IOException {
        try {
            return UDPConn.listenMulticastUDP(network, Net.interfaceByName("lo"), gaddr);
        } catch (OpException e) {
            Assumptions.abort("cannot join a multicast group on lo here: " + e.getMessage());
            throw e;
        }
    }

    private static DatagramChannel loopbackSender() throws IOException {
        return loopbackSender(StandardProtocolFamily.INET);
    }

    private static DatagramChannel loopbackSender(StandardProtocolFamily family) throws IOException {
        DatagramChannel ch = DatagramChannel.open(family);
        ch.setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByName("lo"));
        ch.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
        return ch;
    }
}
