package net.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import net.api.Conn;
import net.api.Dialer;
import net.api.IP;
import net.api.Listener;
import net.api.Net;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;
import net.api.TCPAddr;
import org.junit.jupiter.api.Test;

/** Net.dial and Net.listen end to end, over net-tcp found by ServiceLoader, on loopback only. */
class DialListenTest {

    private static int port(Listener ln) {
        return ((TCPAddr) ln.addr()).port();
    }

    /** Accepts one connection on a virtual thread and echoes what it reads until the end of the stream. */
    private static Thread echoOnce(Listener ln) {
        return Thread.ofVirtual().start(() -> {
            try (Conn c = ln.accept()) {
                byte[] buf = new byte[256];
                for (int n; (n = c.read(buf)) > 0; ) {
                    c.write(buf, 0, n);
                }
            } catch (IOException e) {
                // the test's own assertions report what went wrong
            }
        });
    }

    private static void assertEchoes(Conn c) throws IOException {
        byte[] hello = "hello, gonet".getBytes(StandardCharsets.UTF_8);
        c.write(hello);
        byte[] got = new byte[hello.length];
        for (int off = 0; off < got.length; ) {
            int n = c.read(got, off, got.length - off);
            assertTrue(n > 0, "the echo ended early");
            off += n;
        }
        assertArrayEquals(hello, got);
    }

    @Test
    void listenAndDialIPv4() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            assertEquals("tcp", ln.addr().network());
            assertTrue(port(ln) > 0, "the system chose a port");
            Thread server = echoOnce(ln);
            try (Conn c = Net.dial("tcp", ln.addr().toString())) {
                assertEquals(ln.addr().toString(), c.remoteAddr().toString());
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
            assertFalse(server.isAlive());
        }
    }

    @Test
    void listenAndDialIPv6() throws Exception {
        try (Listener ln = Net.listen("tcp6", "[::1]:0")) {
            Thread server = echoOnce(ln);
            try (Conn c = Net.dial("tcp6", "[::1]:" + port(ln))) {
                assertEquals("[::1]:" + port(ln), c.remoteAddr().toString());
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
        }
    }

    @Test
    void dialTimeoutConnects() throws Exception {
        try (Listener ln = Net.listen("tcp4", "127.0.0.1:0")) {
            Thread server = echoOnce(ln);
            try (Conn c = Net.dialTimeout("tcp", "127.0.0.1:" + port(ln), Duration.ofSeconds(10))) {
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
        }
    }

    /** Go's TestDialTimeoutMaxDuration: the largest timeouts neither overflow nor fail. */
    @Test
    void dialWithTheLargestTimeout() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            for (Duration d : new Duration[] {Duration.ofNanos(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE)}) {
                Thread server = echoOnce(ln);
                try (Conn c = Net.dialTimeout("tcp", ln.addr().toString(), d)) {
                    assertEchoes(c);
                }
                server.join(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void dialRefused() throws Exception {
        String addr;
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            addr = ln.addr().toString();
        }
        OpException e = assertThrows(OpException.class, () -> Net.dial("tcp", addr));
        assertEquals("dial tcp " + addr + ": connect: connection refused", e.getMessage());
        assertEquals("dial", e.op());
        assertEquals(addr, e.addr().toString());
    }

    @Test
    void negativeTimeoutTimesOut() {
        OpTimeoutException e = assertThrows(OpTimeoutException.class,
                () -> Net.dialTimeout("tcp", "127.0.0.1:1", Duration.ofSeconds(-1)));
        assertEquals("dial tcp 127.0.0.1:1: i/o timeout", e.getMessage());
    }

    /** Go's resolution errors, wrapped once: no address in the OpError. */
    @Test
    void resolutionErrors() {
        assertEquals("dial tcp: address 127.0.0.1: missing port in address",
                assertThrows(OpException.class, () -> Net.dial("tcp", "127.0.0.1")).getMessage());
        assertEquals("dial tcp: missing address",
                assertThrows(OpException.class, () -> Net.dial("tcp", "")).getMessage());
        assertEquals("dial foo: unknown network foo",
                assertThrows(OpException.class, () -> Net.dial("foo", "127.0.0.1:1")).getMessage());
        assertEquals("listen tcp: address 127.0.0.1: missing port in address",
                assertThrows(OpException.class, () -> Net.listen("tcp", "127.0.0.1")).getMessage());
    }

    /** Dialing the wildcard means this host (Go's TestDialLocal). */
    @Test
    void dialEmptyHost() throws Exception {
        try (Listener ln = Net.listen("tcp", ":0")) {
            Thread server = echoOnce(ln);
            try (Conn c = Net.dial("tcp", ":" + port(ln))) {
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
        }
    }

    @Test
    void localAddrIsUsed() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            Thread server = echoOnce(ln);
            IP local = IP.v4(127, 0, 0, 2);
            Dialer d = Dialer.builder().localAddr(new TCPAddr(local, 0)).build();
            try (Conn c = d.dial("tcp", ln.addr().toString())) {
                assertEquals(local, ((TCPAddr) c.localAddr()).ip());
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
        }
    }

    @Test
    void interruptedThreadDoesNotDial() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = Thread.ofVirtual().unstarted(() -> {
                Thread.currentThread().interrupt();
                try (Conn c = Net.dial("tcp", ln.addr().toString())) {
                    thrown.set(null);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            t.start();
            t.join(Duration.ofSeconds(10));
            assertInstanceOf(OpInterruptedException.class, thrown.get());
        }
    }

    /** One dial and accept, so that what the library opens once (its pollers) is open before fds are counted. */
    private static void warmUp() throws IOException {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0"); Conn c = Net.dial("tcp", ln.addr().toString())) {
            ln.accept().close();
        }
    }

    /** A dial that never answers ends at the timeout with Go's "i/o timeout", its socket closed. */
    @Test
    void dialTimeoutOnANeverAnsweringListener() throws Exception {
        try (FullBacklog blocked = FullBacklog.on(InetAddress.getByName("127.0.0.1"), 0)) {
            assumeTrue(blocked != null, "a loopback listener with a full accept queue could be made");
            warmUp();
            long fdsBefore = FullBacklog.openFds();
            long start = System.nanoTime();
            OpTimeoutException e = assertThrows(OpTimeoutException.class,
                    () -> Net.dialTimeout("tcp", blocked.address(), Duration.ofMillis(200)));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertEquals("dial tcp " + blocked.address() + ": i/o timeout", e.getMessage());
            assertTrue(e.timeout());
            assertTrue(elapsed.compareTo(Duration.ofMillis(200)) >= 0, "elapsed " + elapsed);
            assertTrue(FullBacklog.awaitFdsAtMost(fdsBefore) <= fdsBefore, "the timed-out dial left no socket behind");
        }
    }

    /** Interrupting a dial that never answers ends it at once, keeps the interrupt status, and leaves no socket. */
    @Test
    void interruptDuringDialLeavesNoSocket() throws Exception {
        try (FullBacklog blocked = FullBacklog.on(InetAddress.getByName("127.0.0.1"), 0)) {
            assumeTrue(blocked != null, "a loopback listener with a full accept queue could be made");
            String address = blocked.address();
            warmUp();
            long fdsBefore = FullBacklog.openFds();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> interrupted = new AtomicReference<>();
            Thread t = Thread.ofVirtual().start(() -> {
                try (Conn c = Net.dial("tcp", address)) {
                    thrown.set(null);
                } catch (Throwable e) {
                    thrown.set(e);
                }
                interrupted.set(Thread.currentThread().isInterrupted());
            });
            Thread.sleep(100);
            t.interrupt();
            t.join(Duration.ofSeconds(10));
            assertFalse(t.isAlive());
            OpInterruptedException e = assertInstanceOf(OpInterruptedException.class, thrown.get());
            assertEquals("dial", e.op());
            assertTrue(interrupted.get(), "the interrupt status is kept");
            assertTrue(FullBacklog.awaitFdsAtMost(fdsBefore) <= fdsBefore, "the interrupted dial left no socket behind");
        }
    }

    /** Go's TestProhibitionaryDialArg: a tcp6 dial to an IPv4 address, mapped or not, fails. */
    @Test
    void tcp6RefusesIPv4Addresses() throws Exception {
        try (Listener ln = Net.listen("tcp", "[::]:0")) {
            for (String host : new String[] {"127.0.0.1", "::ffff:127.0.0.1"}) {
                String address = Net.joinHostPort(host, Integer.toString(port(ln)));
                OpException e = assertThrows(OpException.class, () -> Net.dial("tcp6", address));
                assertEquals("dial tcp6: address " + host + ": no suitable address found", e.getMessage());
            }
        }
    }

    /** Go's TestDialListenerAddr: a wildcard listener's own address can be dialed. */
    @Test
    void dialTheListenersOwnAddress() throws Exception {
        try (Listener ln = Net.listen("tcp", ":0")) {
            Thread server = echoOnce(ln);
            try (Conn c = Net.dial("tcp", ln.addr().toString())) {
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
        }
    }

    /** Go's TestDialClosedPortFailFast: a refused dial does not wait for its timeout. */
    @Test
    void closedPortFailsFast() throws Exception {
        String addr;
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            addr = ln.addr().toString();
        }
        long start = System.nanoTime();
        OpException e = assertThrows(OpException.class, () -> Net.dialTimeout("tcp", addr, Duration.ofSeconds(30)));
        assertFalse(e.timeout());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0);
    }

    /** Go's TestDialerControl: the hook sees the family's network and the address dialed, once per dial. */
    @Test
    void controlSeesTheFamilyAndAddress() throws Exception {
        for (String[] c : new String[][] {{"tcp", "127.0.0.1:0", "tcp4"}, {"tcp", "[::1]:0", "tcp6"},
                                          {"tcp4", "127.0.0.1:0", "tcp4"}, {"tcp6", "[::1]:0", "tcp6"}}) {
            try (Listener ln = Net.listen(c[0], c[1])) {
                java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
                Dialer d = Dialer.builder().control((network, address, channel) -> seen.add(network + " " + address)).build();
                Thread server = echoOnce(ln);
                try (Conn conn = d.dial(c[0], ln.addr().toString())) {
                    assertEchoes(conn);
                }
                server.join(Duration.ofSeconds(10));
                assertEquals(java.util.List.of(c[2] + " " + ln.addr()), seen);
            }
        }
    }

    /** Go's TestDialWithNonZeroDeadline: once connected, the dial's deadline no longer applies to the connection. */
    @Test
    void dialDeadlineDoesNotOutliveTheDial() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            Thread server = echoOnce(ln);
            Dialer d = Dialer.builder().deadline(java.time.Instant.now().plusMillis(300)).build();
            try (Conn c = d.dial("tcp", ln.addr().toString())) {
                Thread.sleep(500);
                assertEchoes(c);
            }
            server.join(Duration.ofSeconds(10));
        }
    }
}
