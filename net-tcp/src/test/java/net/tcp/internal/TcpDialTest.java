package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.Channel;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.net.ExtendedSocketOptions;
import net.api.AddrException;
import net.api.Control;
import net.api.KeepAliveConfig;
import net.api.OpException;
import net.api.OpTimeoutException;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnknownNetworkException;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.Test;

/**
 * Dialing one address through the provider, after Go's {@code dial_test.go} and
 * {@code tcpsock_test.go}: refused, a passed deadline, local bind, the Control hook, the
 * defaults a dialed connection gets (TCP_NODELAY, keep-alive), bad requests.
 */
class TcpDialTest {

    /** A port on which nothing listens: one a listener had a moment ago. */
    private static int closedPort() throws IOException {
        try (TCPListener ln = Loopback.listen()) {
            return ln.addr().port();
        }
    }

    @Test
    void refused() throws Exception {
        TCPAddr to = new TCPAddr(Loopback.V4, closedPort());
        OpException e = assertThrows(OpException.class, () -> Loopback.dial(to));
        assertEquals("dial", e.op());
        assertEquals("tcp", e.network());
        assertNull(e.source());
        assertEquals(to, e.addr());
        assertEquals("dial tcp 127.0.0.1:" + to.port() + ": connect: connection refused", e.getMessage());
        assertFalse(e.timeout());
    }

    @Test
    void refusedIPv6WithLocalAddress() throws Exception {
        TCPAddr to = new TCPAddr(Loopback.V6, closedPort());
        TCPAddr from = new TCPAddr(Loopback.V6, 0);
        OpException e = assertThrows(OpException.class, () -> Loopback.PROVIDER.dial(
                new DialRequest("tcp6", from, to, null, null, null)));
        assertEquals("dial tcp6 [::1]:0->[::1]:" + to.port() + ": connect: connection refused", e.getMessage());
    }

    @Test
    void pastDeadlineTimesOut() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            TCPAddr to = Loopback.target(ln, Loopback.V4);
            OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> Loopback.PROVIDER.dial(
                    new DialRequest("tcp", null, to, Loopback.past(), null, null)));
            assertEquals("dial tcp 127.0.0.1:" + to.port() + ": i/o timeout", e.getMessage());
            assertTrue(e.timeout());
        }
    }

    @Test
    void futureDeadlineConnectsAndIsNotKept() throws Exception {
        try (TCPListener ln = Loopback.listen();
             TCPConn c = (TCPConn) Loopback.PROVIDER.dial(new DialRequest("tcp4", null,
                     Loopback.target(ln, Loopback.V4), Loopback.in(Duration.ofMillis(200)), null, null));
             TCPConn s = ln.accept()) {
            Thread.sleep(300);
            c.write(new byte[] {1}); // the dial's deadline does not outlive the dial
            assertEquals(1, s.read(new byte[1]));
        }
    }

    @Test
    void localAddressIsBound() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            int port = closedPort();
            TCPAddr from = new TCPAddr(Loopback.V4, port);
            try (TCPConn c = (TCPConn) Loopback.PROVIDER.dial(new DialRequest("tcp", from,
                    Loopback.target(ln, Loopback.V4), null, null, null));
                 TCPConn s = ln.accept()) {
                assertEquals(from, c.localAddr());
                assertEquals(from, s.remoteAddr());
                assertEquals(c.remoteAddr(), s.localAddr());
            }
        }
    }

    /** Go's TestDialerControl: the hook sees the family's network and the remote address, before connect. */
    @Test
    void controlHookSeesFamilyAndAddress() throws Exception {
        for (String[] t : new String[][] {{"tcp", "tcp4"}, {"tcp4", "tcp4"}, {"tcp6", "tcp6"}}) {
            boolean v6 = t[1].equals("tcp6");
            try (TCPListener ln = Loopback.listen(t[0].equals("tcp") ? "tcp" : t[0],
                    new TCPAddr(v6 ? Loopback.V6 : Loopback.V4, 0))) {
                TCPAddr to = Loopback.target(ln, v6 ? Loopback.V6 : Loopback.V4);
                List<String> seen = new ArrayList<>();
                Control control = (network, address, ch) -> {
                    seen.add(network);
                    seen.add(address);
                    seen.add(Boolean.toString(((java.nio.channels.SocketChannel) ch).isConnected()));
                };
                try (TCPConn c = (TCPConn) Loopback.PROVIDER.dial(
                        new DialRequest(t[0], null, to, null, null, control));
                     TCPConn s = ln.accept()) {
                    assertEquals(List.of(t[1], to.toString(), "false"), seen);
                }
            }
        }
    }

    @Test
    void controlErrorAbortsTheDial() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            TCPAddr to = Loopback.target(ln, Loopback.V4);
            Channel[] got = new Channel[1];
            OpException e = assertThrows(OpException.class, () -> Loopback.PROVIDER.dial(new DialRequest(
                    "tcp", null, to, null, null, (n, a, ch) -> {
                        got[0] = ch;
                        throw new IOException("no thanks");
                    })));
            assertEquals("dial tcp 127.0.0.1:" + to.port() + ": no thanks", e.getMessage());
            assertFalse(got[0].isOpen(), "the aborted socket is closed");
        }
    }

    /** Go's newTCPConn: TCP_NODELAY on; the keep-alive configuration with Go's defaults for zero values. */
    @Test
    void dialedConnectionDefaults() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            NetworkChannel[] ch = new NetworkChannel[1];
            KeepAliveConfig ka = new KeepAliveConfig(true, Duration.ZERO, Duration.ofMillis(2500), 0);
            try (TCPConn c = (TCPConn) Loopback.PROVIDER.dial(new DialRequest("tcp", null,
                    Loopback.target(ln, Loopback.V4), null, ka, (n, a, x) -> ch[0] = (NetworkChannel) x));
                 TCPConn s = ln.accept()) {
                assertTrue(ch[0].getOption(StandardSocketOptions.TCP_NODELAY));
                assertTrue(ch[0].getOption(StandardSocketOptions.SO_KEEPALIVE));
                assertEquals(15, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPIDLE));
                assertEquals(3, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL), "rounded up");
                assertEquals(9, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPCOUNT));

                c.setNoDelay(false);
                assertFalse(ch[0].getOption(StandardSocketOptions.TCP_NODELAY));
                c.setKeepAlivePeriod(Duration.ofSeconds(42));
                assertEquals(42, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPIDLE));
                c.setKeepAlivePeriod(Duration.ofSeconds(-1));
                assertEquals(42, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPIDLE), "negative: unchanged");
                c.setKeepAlivePeriod(Duration.ZERO);
                assertEquals(15, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPIDLE), "zero: Go's 15 s");
                c.setKeepAliveConfig(new KeepAliveConfig(false, Duration.ofSeconds(-1), Duration.ofSeconds(7), -1));
                assertFalse(ch[0].getOption(StandardSocketOptions.SO_KEEPALIVE));
                assertEquals(15, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPIDLE));
                assertEquals(7, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL));
                assertEquals(9, ch[0].getOption(ExtendedSocketOptions.TCP_KEEPCOUNT));
                c.setKeepAlive(true);
                assertTrue(ch[0].getOption(StandardSocketOptions.SO_KEEPALIVE));
                c.setLinger(3);
                assertEquals(3, ch[0].getOption(StandardSocketOptions.SO_LINGER));
                c.setLinger(-5);
                assertEquals(-1, ch[0].getOption(StandardSocketOptions.SO_LINGER));
                c.setReadBuffer(64 * 1024);
                c.setWriteBuffer(64 * 1024);
                assertTrue(ch[0].getOption(StandardSocketOptions.SO_RCVBUF) >= 64 * 1024);
                OpException e = assertThrows(OpException.class, () -> c.setReadBuffer(-1));
                assertEquals("set tcp " + c.localAddr() + ": setsockopt: invalid argument", e.getMessage());
            }
        }
    }

    @Test
    void keepAliveLeftAloneWithoutConfig() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            NetworkChannel[] ch = new NetworkChannel[1];
            try (TCPConn c = (TCPConn) Loopback.PROVIDER.dial(new DialRequest("tcp", null,
                    Loopback.target(ln, Loopback.V4), null, null, (n, a, x) -> ch[0] = (NetworkChannel) x));
                 TCPConn s = ln.accept()) {
                assertFalse(ch[0].getOption(StandardSocketOptions.SO_KEEPALIVE));
            }
        }
    }

    /** Go's dialSingle and DialTCP errors for requests that cannot be dialed. */
    @Test
    void badRequests() {
        TCPAddr to = new TCPAddr(Loopback.V4, 1);
        OpException e = assertThrows(OpException.class, () -> Loopback.PROVIDER.dial(
                new DialRequest("udp", null, to, null, null, null)));
        assertInstanceOf(UnknownNetworkException.class, e.getCause());
        assertEquals("dial udp " + to + ": unknown network udp", e.getMessage());

        e = assertThrows(OpException.class, () -> Loopback.PROVIDER.dial(
                new DialRequest("tcp", null, null, null, null, null)));
        assertEquals("dial tcp: missing address", e.getMessage());

        UDPAddr u = new UDPAddr(Loopback.V4, 1);
        e = assertThrows(OpException.class, () -> Loopback.PROVIDER.dial(
                new DialRequest("tcp", null, u, null, null, null)));
        assertInstanceOf(AddrException.class, e.getCause());

        e = assertThrows(OpException.class, () -> Loopback.PROVIDER.listenPacket(
                new ListenRequest("tcp", to, null, null)));
        assertEquals("listen tcp " + to + ": unknown network tcp", e.getMessage());

        IllegalArgumentException iae = assertThrows(IllegalArgumentException.class,
                () -> Loopback.PROVIDER.dial(null));
        assertEquals("request is null", iae.getMessage());
        iae = assertThrows(IllegalArgumentException.class, () -> Loopback.PROVIDER.dial(
                new DialRequest(null, null, to, null, null, null)));
        assertEquals("network is null", iae.getMessage());
    }

    /**
     * A listener that never accepts, with a backlog of 1: once its queue is full the kernel
     * drops further handshakes, so a dial to it blocks (on loopback, without leaving the machine).
     */
    private static java.nio.channels.ServerSocketChannel fullListener(List<java.nio.channels.SocketChannel> fillers)
            throws IOException {
        java.nio.channels.ServerSocketChannel ss = java.nio.channels.ServerSocketChannel.open();
        ss.bind(new java.net.InetSocketAddress("127.0.0.1", 0), 1);
        for (int i = 0; i < 8; i++) { // bounded: the queue holds backlog+1 on Linux
            java.nio.channels.SocketChannel f = java.nio.channels.SocketChannel.open();
            f.configureBlocking(false);
            fillers.add(f);
            f.connect(ss.getLocalAddress());
        }
        return ss;
    }

    /** Go's TestDialTimeout idea: a dial that cannot complete ends at its deadline with "i/o timeout". */
    @Test
    void blockedDialTimesOutAndInterruptLeavesNoSocket() throws Exception {
        List<java.nio.channels.SocketChannel> fillers = new ArrayList<>();
        try (java.nio.channels.ServerSocketChannel ss = fullListener(fillers)) {
            Thread.sleep(100);
            TCPAddr to = new TCPAddr(Loopback.V4, ((java.net.InetSocketAddress) ss.getLocalAddress()).getPort());
            long fds = Loopback.openFds();
            long t0 = System.nanoTime();
            OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> Loopback.PROVIDER.dial(
                    new DialRequest("tcp", null, to, Loopback.in(Duration.ofMillis(300)), null, null)));
            assertEquals("dial tcp " + to + ": i/o timeout", e.getMessage());
            assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(250).toNanos(), "waited for the deadline");

            java.util.concurrent.CompletableFuture<Object[]> f = new java.util.concurrent.CompletableFuture<>();
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    f.complete(new Object[] {Loopback.dial(to), false});
                } catch (Throwable x) {
                    f.complete(new Object[] {x, Thread.currentThread().isInterrupted()});
                }
            });
            Thread.sleep(200);
            assertFalse(f.isDone(), "the dial is blocked");
            t.interrupt();
            Object[] r = f.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertInstanceOf(net.api.OpInterruptedException.class, r[0]);
            assertEquals("dial tcp " + to + ": interrupted", ((Exception) r[0]).getMessage());
            assertTrue((Boolean) r[1], "interrupt status kept");
            assertTrue(Loopback.awaitFdsAtMost(fds) <= fds, "the interrupted dial left no socket");
        } finally {
            for (java.nio.channels.SocketChannel f : fillers) {
                f.close();
            }
        }
    }
}
