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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private static final Duration JOIN = Duration.ofSeconds(10);

    private static int port(Listener ln) {
        return ((TCPAddr) ln.addr()).port();
    }

    /** A dial to make, and what to check on its connection besides the echo. */
    private interface Dial {
        Conn dial(Listener ln) throws Exception;
    }

    private interface Check {
        void check(Listener ln, Conn c) throws Exception;
    }

    /** Listens on {@code address}, dials with {@code dial}, checks, and echoes a message through the connection. */
    private static void echoThrough(String network, String address, Dial dial, Check check) throws Exception {
        try (Listener ln = Net.listen(network, address)) {
            Thread server = echoOnce(ln);
            try (Conn c = dial.dial(ln)) {
                check.check(ln, c);
                assertEchoes(c);
            }
            server.join(JOIN);
            assertFalse(server.isAlive());
        }
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

    /** The address of a listener that was just closed: nothing listens there. */
    private static String closedAddress() throws IOException {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            return ln.addr().toString();
        }
    }

    @Test
    void listenAndDialIPv4() throws Exception {
        echoThrough("tcp", "127.0.0.1:0", ln -> Net.dial("tcp", ln.addr().toString()), (ln, c) -> {
            assertEquals("tcp", ln.addr().network());
            assertTrue(port(ln) > 0, "the system chose a port");
            assertEquals(ln.addr().toString(), c.remoteAddr().toString());
        });
    }

    @Test
    void listenAndDialIPv6() throws Exception {
        echoThrough("tcp6", "[::1]:0", ln -> Net.dial("tcp6", "[::1]:" + port(ln)),
                (ln, c) -> assertEquals("[::1]:" + port(ln), c.remoteAddr().toString()));
    }

    @Test
    void dialTimeoutConnects() throws Exception {
        echoThrough("tcp4", "127.0.0.1:0", ln -> Net.dialTimeout("tcp", "127.0.0.1:" + port(ln), Duration.ofSeconds(10)),
                (ln, c) -> { });
    }

    /** Go's TestDialTimeoutMaxDuration: the largest timeouts neither overflow nor fail. */
    @Test
    void dialWithTheLargestTimeout() throws Exception {
        for (Duration d : new Duration[] {Duration.ofNanos(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE)}) {
            echoThrough("tcp", "127.0.0.1:0", ln -> Net.dialTimeout("tcp", ln.addr().toString(), d), (ln, c) -> { });
        }
    }

    @Test
    void dialRefused() throws Exception {
        String addr = closedAddress();
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
        echoThrough("tcp", ":0", ln -> Net.dial("tcp", ":" + port(ln)), (ln, c) -> { });
    }

    /** Go's TestDialListenerAddr: a wildcard listener's own address can be dialed. */
    @Test
    void dialTheListenersOwnAddress() throws Exception {
        echoThrough("tcp", ":0", ln -> Net.dial("tcp", ln.addr().toString()), (ln, c) -> { });
    }

    @Test
    void localAddrIsUsed() throws Exception {
        IP local = IP.v4(127, 0, 0, 2);
        Dialer d = Dialer.builder().localAddr(new TCPAddr(local, 0)).build();
        echoThrough("tcp", "127.0.0.1:0", ln -> d.dial("tcp", ln.addr().toString()),
                (ln, c) -> assertEquals(local, ((TCPAddr) c.localAddr()).ip()));
    }

    /** Go's TestDialWithNonZeroDeadline: once connected, the dial's deadline no longer applies to the connection. */
    @Test
    void dialDeadlineDoesNotOutliveTheDial() throws Exception {
        Dialer d = Dialer.builder().deadline(Instant.now().plusMillis(300)).build();
        echoThrough("tcp", "127.0.0.1:0", ln -> d.dial("tcp", ln.addr().toString()), (ln, c) -> Thread.sleep(500));
    }

    /** Go's TestDialerControl: the hook sees the family's network and the address dialed, once per dial. */
    @Test
    void controlSeesTheFamilyAndAddress() throws Exception {
        for (String[] c : new String[][] {{"tcp", "127.0.0.1:0", "tcp4"}, {"tcp", "[::1]:0", "tcp6"},
                                          {"tcp4", "127.0.0.1:0", "tcp4"}, {"tcp6", "[::1]:0", "tcp6"}}) {
            List<String> seen = new CopyOnWriteArrayList<>();
            Dialer d = Dialer.builder().control((network, address, channel) -> seen.add(network + " " + address)).build();
            echoThrough(c[0], c[1], ln -> d.dial(c[0], ln.addr().toString()),
                    (ln, conn) -> assertEquals(List.of(c[2] + " " + ln.addr()), seen));
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

    /** Go's TestDialClosedPortFailFast: a refused dial does not wait for its timeout. */
    @Test
    void closedPortFailsFast() throws Exception {
        String addr = closedAddress();
        long start = System.nanoTime();
        OpException e = assertThrows(OpException.class, () -> Net.dialTimeout("tcp", addr, Duration.ofSeconds(30)));
        assertFalse(e.timeout());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0);
    }

    /** What a dial on a virtual thread ended with, and whether its thread was still interrupted then. */
    private record Outcome(Throwable thrown, boolean interrupted) {
    }

    /** Dials on a virtual thread, interrupted before it starts or {@code interruptAfter} into the dial. */
    private static Outcome interruptedDial(String address, Duration interruptAfter) throws Exception {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        Thread t = Thread.ofVirtual().unstarted(() -> {
            if (interruptAfter == null) {
                Thread.currentThread().interrupt();
            }
            Throwable thrown = null;
            try (Conn c = Net.dial("tcp", address)) {
                c.localAddr();
            } catch (Throwable e) {
                thrown = e;
            }
            outcome.set(new Outcome(thrown, Thread.currentThread().isInterrupted()));
        });
        t.start();
        if (interruptAfter != null) {
            Thread.sleep(interruptAfter);
            t.interrupt();
        }
        t.join(JOIN);
        assertFalse(t.isAlive());
        return outcome.get();
    }

    @Test
    void interruptedThreadDoesNotDial() throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            Outcome o = interruptedDial(ln.addr().toString(), null);
            assertInstanceOf(OpInterruptedException.class, o.thrown());
            assertTrue(o.interrupted(), "the interrupt status is kept");
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
            warmUp();
            long fdsBefore = FullBacklog.openFds();
            Outcome o = interruptedDial(blocked.address(), Duration.ofMillis(100));
            OpInterruptedException e = assertInstanceOf(OpInterruptedException.class, o.thrown());
            assertEquals("dial", e.op());
            assertTrue(o.interrupted(), "the interrupt status is kept");
            assertTrue(FullBacklog.awaitFdsAtMost(fdsBefore) <= fdsBefore, "the interrupted dial left no socket behind");
        }
    }
}
