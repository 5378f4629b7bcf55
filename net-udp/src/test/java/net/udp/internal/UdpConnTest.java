package net.udp.internal;

import static net.udp.internal.Udp.LOOPBACK4;
import static net.udp.internal.Udp.LOOPBACK6;
import static net.udp.internal.Udp.buf;
import static net.udp.internal.Udp.listen;
import static net.udp.internal.Udp.local4;
import static net.udp.internal.Udp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.stream.Stream;
import net.api.AddrException;
import net.api.ClosedException;
import net.api.OpException;
import net.api.OpTimeoutException;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.WriteToConnectedException;
import net.udp.UDPConn;
import net.udp.UDPMsg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's udpsock_test.go and packetconn_test.go on loopback, and the error texts of Go 1.27. */
@ExtendWith(NoFdLeft.class)
class UdpConnTest {

    // ---- Go's TestWriteToUDP ----

    @Test
    void writeToConnectedSocket() throws IOException {
        try (UDPConn server = listen();
             UDPConn c = UDPConn.dialUDP("udp", null, server.localAddr())) {
            UDPAddr ra = server.localAddr();
            assertWriteToConnected(assertThrows(OpException.class, () -> c.writeToUDP(buf("CONNECTED-MODE SOCKET"), ra)));
            assertWriteToConnected(assertThrows(OpException.class, () -> c.writeTo(buf("CONNECTED-MODE SOCKET"), ra)));
            assertEquals(21, c.write(buf("CONNECTED-MODE SOCKET")));
            assertWriteToConnected(assertThrows(OpException.class, () -> c.writeMsgUDP(buf("CONNECTED-MODE SOCKET"), ra)));
            assertEquals(21, c.writeMsgUDP(buf("CONNECTED-MODE SOCKET"), null));
            OpException e = assertThrows(OpException.class, () -> c.writeTo(buf("x"), ra));
            assertEquals("write udp " + c.localAddr() + "->" + ra + ": use of WriteTo with pre-connected connection",
                    e.getMessage());
        }
    }

    private static void assertWriteToConnected(OpException e) {
        assertInstanceOf(WriteToConnectedException.class, e.getCause());
    }

    @Test
    void writeToUnconnectedSocket() throws IOException {
        try (UDPConn server = listen(); UDPConn c = listen()) {
            UDPAddr ra = server.localAddr();
            assertEquals(23, c.writeToUDP(buf("UNCONNECTED-MODE SOCKET"), ra));
            assertEquals(23, c.writeTo(buf("UNCONNECTED-MODE SOCKET"), ra));
            OpException w = assertThrows(OpException.class, () -> c.write(buf("UNCONNECTED-MODE SOCKET")));
            assertEquals("write udp " + c.localAddr() + ": write: destination address required", w.getMessage());
            OpException m = assertThrows(OpException.class, () -> c.writeMsgUDP(buf("UNCONNECTED-MODE SOCKET"), null));
            assertInstanceOf(AddrException.class, m.getCause());
            assertEquals("write udp " + c.localAddr() + ": missing address", m.getMessage());
            assertEquals(23, c.writeMsgUDP(buf("UNCONNECTED-MODE SOCKET"), ra));
        }
    }

    // ---- Go's TestUDPConnLocalName and the wildcard families ----

    static Stream<Arguments> localNames() {
        return Stream.of(
                Arguments.of("udp4", new UDPAddr(LOOPBACK4, 0), "127.0.0.1"),
                Arguments.of("udp4", new UDPAddr(null, 0), "0.0.0.0"),
                Arguments.of("udp4", null, "0.0.0.0"),
                // not in Go's table: the families Go's favoriteAddrFamily picks
                Arguments.of("udp", null, "::"),
                Arguments.of("udp", new UDPAddr(LOOPBACK4, 0), "127.0.0.1"),
                Arguments.of("udp6", null, "::"),
                Arguments.of("udp6", new UDPAddr(LOOPBACK6, 0), "::1"),
                Arguments.of("udp", new UDPAddr(LOOPBACK6, 0), "::1"));
    }

    @ParameterizedTest
    @MethodSource("localNames")
    void localName(String network, UDPAddr laddr, String host) throws IOException {
        try (UDPConn c = UDPConn.listenUDP(network, laddr)) {
            UDPAddr la = c.localAddr();
            assertNotEquals(0, la.port());
            assertEquals(host, la.ip().toString());
            assertNull(c.remoteAddr());
        }
    }

    // ---- Go's TestUDPConnLocalAndRemoteNames ----

    @ParameterizedTest
    @MethodSource("dialLocals")
    void localAndRemoteNames(UDPAddr la) throws IOException {
        try (UDPConn c1 = listen(); UDPConn c2 = UDPConn.dialUDP("udp", la, c1.localAddr())) {
            assertNotEquals(0, c1.localAddr().port());
            assertNull(c1.remoteAddr());
            assertNotEquals(0, c2.localAddr().port());
            assertEquals(c1.localAddr(), c2.remoteAddr());
        }
    }

    static Stream<UDPAddr> dialLocals() {
        return Stream.of(null, local4());
    }

    // ---- Go's TestUDPZeroBytePayload, TestUDPZeroByteBuffer, TestUDPReadSizeError ----

    @Test
    void zeroBytePayload() throws IOException {
        try (UDPConn c = listen()) {
            for (boolean genericRead : new boolean[] {false, true}) {
                assertEquals(0, c.writeTo(ByteBuffer.allocate(0), c.localAddr()));
                c.setReadDeadline(Instant.now().plusSeconds(30));
                ByteBuffer b = ByteBuffer.allocate(1);
                if (genericRead) {
                    assertEquals(0, c.read(b));
                } else {
                    assertEquals(c.localAddr(), c.readFrom(b));
                    assertEquals(0, b.position());
                }
            }
        }
    }

    @Test
    void zeroByteBuffer() throws IOException {
        try (UDPConn c = listen()) {
            c.writeTo(buf("UDP ZERO BYTE BUFFER TEST"), c.localAddr());
            c.setReadDeadline(Instant.now().plusSeconds(30));
            assertEquals(0, c.read(ByteBuffer.allocate(0)), "Read of nothing takes no datagram");
            assertEquals(c.localAddr(), c.readFrom(ByteBuffer.allocate(0)), "ReadFrom of nothing takes one");
            c.setReadDeadline(Instant.now().plusMillis(100));
            assertThrows(OpTimeoutException.class, () -> c.readFrom(ByteBuffer.allocate(64)), "it was taken");
        }
    }

    @Test
    void readSizeError() throws IOException {
        try (UDPConn c1 = listen(); UDPConn c2 = UDPConn.dialUDP("udp", null, c1.localAddr())) {
            String b1 = "READ SIZE ERROR TEST";
            for (boolean genericRead : new boolean[] {false, true}) {
                assertEquals(b1.length(), c2.write(buf(b1)));
                ByteBuffer b2 = ByteBuffer.allocate(b1.length() - 1);
                if (genericRead) {
                    assertEquals(b1.length() - 1, c1.read(b2));
                } else {
                    c1.readFrom(b2);
                }
                assertEquals(b1.substring(0, b1.length() - 1), text(b2));
            }
        }
    }

    /** Truncation as Go's ReadMsgUDP reports it: MSG_TRUNC when cut, none when it fits exactly. */
    @Test
    void readMsgTellsTruncation() throws IOException {
        try (UDPConn r = listen(); UDPConn w = listen()) {
            w.writeTo(buf("hello world"), r.localAddr());
            ByteBuffer b = ByteBuffer.allocate(4);
            UDPMsg m = r.readMsgUDP(b);
            assertEquals(new UDPMsg(4, UDPMsg.MSG_TRUNC, w.localAddr()), m);
            assertTrue(m.truncated());
            assertEquals("hell", text(b));

            w.writeTo(buf("abcd"), r.localAddr());
            ByteBuffer exact = ByteBuffer.allocate(4);
            UDPMsg fits = r.readMsgUDP(exact);
            assertEquals(new UDPMsg(4, 0, w.localAddr()), fits);
            assertFalse(fits.truncated());
        }
    }

    /** Go's Buffers.WriteTo on a UDP socket is one writev: one datagram of every buffer. */
    @Test
    void gatheringWriteIsOneDatagram() throws IOException {
        try (UDPConn r = listen(); UDPConn c = UDPConn.dialUDP("udp", null, r.localAddr())) {
            assertEquals(11, c.write(new ByteBuffer[] {buf("hello"), buf(" "), buf("world")}));
            r.setReadDeadline(Instant.now().plusSeconds(10));
            ByteBuffer b = ByteBuffer.allocate(32);
            r.readFrom(b);
            assertEquals("hello world", text(b));
            OpException e = assertThrows(OpException.class, () -> r.write(new ByteBuffer[] {buf("x")}));
            assertEquals("writev udp " + r.localAddr() + ": writev: destination address required", e.getMessage());
        }
    }

    // ---- Go's TestUDPReadTimeout ----

    @Test
    void readTimeoutGivesNoAddress() throws IOException {
        try (UDPConn c = UDPConn.listenUDP("udp4", local4())) {
            c.setDeadline(Instant.now());
            ByteBuffer b = ByteBuffer.allocate(1);
            OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> c.readFromUDP(b));
            assertEquals("read udp4 " + c.localAddr() + ": i/o timeout", e.getMessage());
            assertEquals(0, b.position());
        }
    }

    // ---- Go's TestPacketConn and TestConnAndPacketConn ----

    @Test
    void packetConnEcho() throws Exception {
        try (UDPConn c1 = listen(); UDPConn c2 = listen()) {
            c1.setDeadline(Instant.now().plusSeconds(30));
            c2.setDeadline(Instant.now().plusSeconds(30));
            String wb = "PACKETCONN TEST";
            c1.writeTo(buf(wb), c2.localAddr());
            ByteBuffer rb2 = ByteBuffer.allocate(128);
            assertEquals(c1.localAddr(), c2.readFrom(rb2));
            assertEquals(wb, text(rb2));
            c2.writeTo(buf(wb), c1.localAddr());
            ByteBuffer rb1 = ByteBuffer.allocate(128);
            assertEquals(c2.localAddr(), c1.readFrom(rb1));
            assertEquals(wb, text(rb1));
        }
    }

    @Test
    void connAndPacketConn() throws IOException {
        try (UDPConn c1 = listen(); UDPConn c2 = UDPConn.dialUDP("udp", null, c1.localAddr())) {
            c1.setDeadline(Instant.now().plusSeconds(30));
            c2.setDeadline(Instant.now().plusSeconds(30));
            String wb = "CONNANDPACKETCONN TEST";
            assertEquals(wb.length(), c2.write(buf(wb)));
            ByteBuffer rb1 = ByteBuffer.allocate(128);
            UDPAddr from = c1.readFrom(rb1);
            assertEquals(wb, text(rb1));
            assertEquals(c2.localAddr(), from);
            c1.writeTo(buf(wb), from);
            ByteBuffer rb2 = ByteBuffer.allocate(128);
            assertEquals(wb.length(), c2.read(rb2));
            assertEquals(wb, text(rb2));
        }
    }

    // ---- connection refused: the kernel's ICMP port-unreachable on a connected socket ----

    @Test
    void refusedOnClosedPort() throws Exception {
        UDPAddr dead;
        try (UDPConn gone = listen()) {
            dead = gone.localAddr();
        }
        try (UDPConn c = UDPConn.dialUDP("udp", null, dead)) {
            c.setReadDeadline(Instant.now().plusSeconds(10));
            c.write(buf("x"));
            OpException read = assertThrows(OpException.class, () -> c.read(ByteBuffer.allocate(10)));
            assertEquals("read udp " + c.localAddr() + "->" + dead + ": read: connection refused", read.getMessage());
            c.write(buf("x"));
            OpException readFrom = assertThrows(OpException.class, () -> c.readFrom(ByteBuffer.allocate(10)));
            assertEquals("read udp " + c.localAddr() + "->" + dead + ": recvfrom: connection refused",
                    readFrom.getMessage());
            // the error was consumed; the socket is still usable
            c.setReadDeadline(Instant.now().minusSeconds(1));
            assertThrows(OpTimeoutException.class, () -> c.read(ByteBuffer.allocate(10)));
        }
    }

    // ---- Go's error texts for bad uses (compared with Go 1.27 on Linux) ----

    @Test
    void writeToErrors() throws IOException {
        try (UDPConn c = listen()) {
            String la = c.localAddr().toString();
            assertEquals("write udp " + la + "->127.0.0.1:9: invalid argument", assertThrows(OpException.class,
                    () -> c.writeTo(buf("x"), new TCPAddr(LOOPBACK4, 9))).getMessage());
            assertEquals("write udp " + la + ": invalid argument",
                    assertThrows(OpException.class, () -> c.writeTo(buf("x"), null)).getMessage());
            assertEquals("write udp " + la + ": missing address",
                    assertThrows(OpException.class, () -> c.writeToUDP(buf("x"), null)).getMessage());
            assertEquals("write udp " + la + "->[::1]:9: address ::1: non-IPv4 address", assertThrows(OpException.class,
                    () -> c.writeToUDP(buf("x"), new UDPAddr(LOOPBACK6, 9))).getMessage());
        }
    }

    @Test
    void ipv6OnlySocketRefusesIPv4() throws IOException {
        try (UDPConn c6 = UDPConn.listenUDP("udp6", new UDPAddr(LOOPBACK6, 0));
             UDPConn w6 = UDPConn.listenUDP("udp6", null)) {
            for (UDPConn c : new UDPConn[] {c6, w6}) {
                OpException e = assertThrows(OpException.class, () -> c.writeToUDP(buf("x"), new UDPAddr(LOOPBACK4, 9)));
                assertEquals("write udp6 " + c.localAddr() + "->127.0.0.1:9: sendto: network is unreachable",
                        e.getMessage());
            }
        }
        OpException bind = assertThrows(OpException.class, () -> UDPConn.listenUDP("udp6", local4()));
        assertEquals("listen udp6 127.0.0.1:0: bind: invalid argument", bind.getMessage());
    }

    /** A "udp6" wildcard socket is IPv6-only: an IPv4 sender's datagram never arrives. */
    @Test
    void ipv6OnlySocketDropsIPv4Senders() throws IOException {
        try (UDPConn r = UDPConn.listenUDP("udp6", null);
             UDPConn w4 = listen();
             UDPConn w6 = UDPConn.listenUDP("udp6", new UDPAddr(LOOPBACK6, 0))) {
            w4.writeToUDP(buf("from v4"), new UDPAddr(LOOPBACK4, r.localAddr().port()));
            w6.writeToUDP(buf("from v6"), new UDPAddr(LOOPBACK6, r.localAddr().port()));
            r.setReadDeadline(Instant.now().plusSeconds(10));
            ByteBuffer b = ByteBuffer.allocate(32);
            assertEquals(w6.localAddr(), r.readFrom(b));
            assertEquals("from v6", text(b));
        }
    }

    /** A "udp" wildcard socket is dual-stack; its IPv4 peers are 16-byte IPv4-mapped addresses. */
    @Test
    void dualStackSeesIPv4AsMapped() throws IOException {
        try (UDPConn dual = UDPConn.listenUDP("udp", null); UDPConn v4 = listen()) {
            dual.writeToUDP(buf("a"), new UDPAddr(LOOPBACK4, v4.localAddr().port()));
            v4.setReadDeadline(Instant.now().plusSeconds(10));
            UDPAddr from = v4.readFrom(ByteBuffer.allocate(8));
            assertEquals(4, from.ip().length(), "an IPv4 socket sees 4-byte addresses");
            v4.writeTo(buf("a"), from);
            dual.setReadDeadline(Instant.now().plusSeconds(10));
            UDPAddr back = dual.readFromUDP(ByteBuffer.allocate(8));
            assertEquals(16, back.ip().length());
            assertEquals(v4.localAddr().toString(), back.toString());
        }
    }

    /** Go's TestUDPIPVersionReadMsg: ReadMsgUDP gives 4 bytes on "udp4", IPv4-in-IPv6 on a dual-stack socket. */
    @Test
    void ipVersionOfReadMsg() throws IOException {
        try (UDPConn v4 = UDPConn.listenUDP("udp4", local4()); UDPConn dual = UDPConn.listenUDP("udp", null);
             UDPConn w = listen()) {
            w.writeToUDP(buf("a"), v4.localAddr());
            w.writeToUDP(buf("b"), new UDPAddr(LOOPBACK4, dual.localAddr().port()));
            v4.setReadDeadline(Instant.now().plusSeconds(10));
            dual.setReadDeadline(Instant.now().plusSeconds(10));
            assertEquals(4, v4.readMsgUDP(ByteBuffer.allocate(4)).addr().ip().length());
            UDPMsg m = dual.readMsgUDP(ByteBuffer.allocate(4));
            assertEquals(16, m.addr().ip().length());
            assertEquals(w.localAddr().toString(), m.addr().toString());
        }
    }

    static Stream<Arguments> openErrors() {
        return Stream.of(
                Arguments.of((Open) () -> UDPConn.listenUDP("udp4", new UDPAddr(LOOPBACK6, 0)),
                        "listen udp4 [::1]:0: address ::1: non-IPv4 address"),
                Arguments.of((Open) () -> UDPConn.dialUDP("udp", null, null), "dial udp: missing address"),
                Arguments.of((Open) () -> UDPConn.dialUDP("tcp", null, null), "dial tcp: unknown network tcp"),
                Arguments.of((Open) () -> UDPConn.listenUDP("ip", null), "listen ip: unknown network ip"),
                Arguments.of((Open) () -> UDPConn.listenMulticastUDP("udp", null, null), "listen udp: missing address"),
                Arguments.of((Open) () -> UDPConn.listenMulticastUDP("udp", null, new UDPAddr(null, 0)),
                        "listen udp :0: missing address"),
                Arguments.of((Open) () -> new UdpTransportProvider().listen(
                        new net.api.spi.ListenRequest("udp", local4(), null, null)),
                        "listen udp 127.0.0.1:0: address 127.0.0.1:0: unexpected address type"));
    }

    /** Something that opens a socket. */
    @FunctionalInterface
    interface Open {
        AutoCloseable open() throws IOException;
    }

    @ParameterizedTest
    @MethodSource("openErrors")
    void openError(Open open, String message) {
        assertEquals(message, assertThrows(OpException.class, open::open).getMessage());
    }

    @Test
    void nullArgumentsAreNamed() throws IOException {
        try (UDPConn c = listen()) {
            assertEquals("dst is null", assertThrows(IllegalArgumentException.class, () -> c.readFrom(null)).getMessage());
            assertEquals("src is null",
                    assertThrows(IllegalArgumentException.class, () -> c.writeTo(null, c.localAddr())).getMessage());
            assertEquals("dst is read-only", assertThrows(IllegalArgumentException.class,
                    () -> c.readFrom(ByteBuffer.allocate(4).asReadOnlyBuffer())).getMessage());
            assertEquals("network is null",
                    assertThrows(IllegalArgumentException.class, () -> UDPConn.listenUDP(null, null)).getMessage());
        }
    }

    /** Go: {@code write udp …: sendto: message too long} for a datagram larger than UDP allows. */
    @Test
    void datagramTooLong() throws IOException {
        try (UDPConn c = listen()) {
            OpException e = assertThrows(OpException.class,
                    () -> c.writeTo(ByteBuffer.allocate(70_000), c.localAddr()));
            assertEquals("write udp " + c.localAddr() + "->" + c.localAddr() + ": sendto: message too long",
                    e.getMessage());
        }
    }

    // ---- dialing the wildcard reaches this machine ----

    @Test
    void dialWildcardIsLoopback() throws IOException {
        try (UDPConn c4 = UDPConn.dialUDP("udp", null, new UDPAddr(null, 7));
             UDPConn c6 = UDPConn.dialUDP("udp6", null, new UDPAddr(null, 7))) {
            assertEquals("127.0.0.1:7", c4.remoteAddr().toString());
            assertEquals("[::1]:7", c6.remoteAddr().toString());
        }
    }

    // ---- close and the operations after it ----

    @Test
    void closedSocketErrors() throws IOException {
        UDPConn c = listen();
        UDPConn d = UDPConn.dialUDP("udp", null, c.localAddr());
        String names = d.localAddr() + "->" + c.localAddr();
        d.close();
        d.close(); // harmless, as Closeable wants (Go returns "use of closed network connection")
        OpException read = assertThrows(OpException.class, () -> d.read(ByteBuffer.allocate(4)));
        assertEquals("read udp " + names + ": use of closed network connection", read.getMessage());
        assertTrue(ClosedException.isClosed(read));
        assertEquals("read udp " + names + ": use of closed network connection",
                assertThrows(OpException.class, () -> d.read(ByteBuffer.allocate(0))).getMessage());
        assertEquals("write udp " + names + ": use of closed network connection",
                assertThrows(OpException.class, () -> d.write(buf("x"))).getMessage());
        assertEquals("set udp " + d.localAddr() + ": use of closed network connection",
                assertThrows(OpException.class, () -> d.setReadBuffer(1000)).getMessage());
        assertEquals("set udp " + d.localAddr() + ": use of closed network connection",
                assertThrows(OpException.class, () -> d.setDeadline(Instant.now())).getMessage());
        c.close();
        assertEquals("write udp " + c.localAddr() + ": use of closed network connection",
                assertThrows(OpException.class, () -> c.write(buf("x"))).getMessage());
    }

    // ---- options ----

    @Test
    void broadcastIsOnAsInGo() throws IOException {
        try (UDPConn c = listen(); UDPConn d = UDPConn.dialUDP("udp4", null, c.localAddr())) {
            assertTrue(((UdpConn) c).option(StandardSocketOptions.SO_BROADCAST));
            assertTrue(((UdpConn) d).option(StandardSocketOptions.SO_BROADCAST));
        }
    }

    @Test
    void bufferSizes() throws IOException {
        try (UDPConn c = listen()) {
            c.setReadBuffer(65536);
            int small = ((UdpConn) c).option(StandardSocketOptions.SO_RCVBUF);
            c.setReadBuffer(-1); // Go: the kernel reads it unsigned and caps it at its maximum
            assertTrue(((UdpConn) c).option(StandardSocketOptions.SO_RCVBUF) >= small);
            c.setWriteBuffer(65536);
            assertTrue(((UdpConn) c).option(StandardSocketOptions.SO_SNDBUF) >= 65536);
        }
    }
}
