package net.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.api.Conn;
import net.api.Dialer;
import net.api.IPAddr;
import net.api.Listener;
import net.api.Net;
import net.api.OpTimeoutException;
import net.api.Resolver;
import net.api.TCPAddr;
import org.junit.jupiter.api.Test;

/**
 * Happy Eyeballs on real loopback: "localhost" has an IPv4 and an IPv6 address; on the family
 * that comes first (the primary), a listener whose accept queue is full drops every SYN, so the
 * primary dial never answers; on the other family, on the same port, a listener accepts. The
 * fallback must win after the fallback delay, and the abandoned primary attempt must leave no
 * socket behind.
 *
 * <p>Runs in its own surefire execution without the resolver modules (see net-it's pom), where
 * "localhost" is 127.0.0.1 and ::1 whatever the machine's hosts file says; run with a resolver
 * module and a hosts file that gives localhost one family, the tests are skipped.
 */
class HappyEyeballsTest {

    private static final Duration FALLBACK_DELAY = Duration.ofMillis(100);

    @Test
    void fallbackWinsWhenThePrimaryNeverAnswers() throws Exception {
        List<IPAddr> localhost = Resolver.DEFAULT.lookupIPAddr("localhost");
        assumeTrue(localhost.size() >= 2, "localhost has both an IPv4 and an IPv6 address");
        boolean primaryIs4 = localhost.get(0).ip().to4().isPresent();
        assumeTrue(localhost.stream().anyMatch(a -> a.ip().to4().isPresent() != primaryIs4), "localhost has both families");

        String fallbackNetwork = primaryIs4 ? "tcp6" : "tcp4";
        String fallbackHost = primaryIs4 ? "[::1]:0" : "127.0.0.1:0";
        InetAddress primaryIP = InetAddress.getByName(primaryIs4 ? "127.0.0.1" : "::1");
        try (Listener accepting = Net.listen(fallbackNetwork, fallbackHost);
             FullBacklog blocked = FullBacklog.on(primaryIP, ((TCPAddr) accepting.addr()).port())) {
            assumeTrue(blocked != null, "a loopback listener with a full accept queue could be made");
            Thread server = Thread.ofVirtual().start(() -> {
                try (Conn c = accepting.accept()) {
                    c.read(new byte[1]);
                } catch (IOException e) {
                    // the dialer's assertions tell
                }
            });
            Net.dial(fallbackNetwork, accepting.addr().toString()).close(); // warms the library up
            long fdsBefore = FullBacklog.openFds();
            Dialer d = Dialer.builder().fallbackDelay(FALLBACK_DELAY).timeout(Duration.ofSeconds(30)).build();
            long start = System.nanoTime();
            try (Conn c = d.dial("tcp", "localhost:" + ((TCPAddr) accepting.addr()).port())) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                TCPAddr remote = (TCPAddr) c.remoteAddr();
                assertEquals(!primaryIs4, remote.ip().to4().isPresent(), "the fallback family won: " + remote);
                assertTrue(elapsed.compareTo(FALLBACK_DELAY) >= 0, "the primary had its head start: " + elapsed);
                assertTrue(elapsed.compareTo(Duration.ofSeconds(20)) < 0, "the fallback did not wait for the primary: " + elapsed);
            }
            server.join(Duration.ofSeconds(10));
            assertTrue(FullBacklog.awaitFdsAtMost(fdsBefore) <= fdsBefore, "the abandoned primary attempt left no socket behind");
        }
    }

    /** With the race disabled (a negative fallback delay) the primary's hang takes the whole timeout. */
    @Test
    void negativeFallbackDelayDialsInOrder() throws Exception {
        List<IPAddr> localhost = Resolver.DEFAULT.lookupIPAddr("localhost");
        assumeTrue(localhost.size() >= 2, "localhost has two addresses");
        boolean primaryIs4 = localhost.get(0).ip().to4().isPresent();
        assumeTrue(localhost.stream().anyMatch(a -> a.ip().to4().isPresent() != primaryIs4), "localhost has both families");
        try (Listener accepting = Net.listen(primaryIs4 ? "tcp6" : "tcp4", primaryIs4 ? "[::1]:0" : "127.0.0.1:0");
             FullBacklog blocked = FullBacklog.on(InetAddress.getByName(primaryIs4 ? "127.0.0.1" : "::1"),
                     ((TCPAddr) accepting.addr()).port())) {
            assumeTrue(blocked != null, "a loopback listener with a full accept queue could be made");
            Dialer d = Dialer.builder().fallbackDelay(Duration.ofNanos(-1)).timeout(Duration.ofMillis(300)).build();
            assertThrows(OpTimeoutException.class,
                    () -> d.dial("tcp", "localhost:" + ((TCPAddr) accepting.addr()).port()));
        }
    }

    /** Go's TestDialerDualStackFDLeak: concurrent dials to a dual-stack localhost server leave no socket open. */
    @Test
    void concurrentDualStackDialsLeaveNoSocket() throws Exception {
        Listener ln4 = Net.listen("tcp4", "127.0.0.1:0");
        int port = ((TCPAddr) ln4.addr()).port();
        Listener ln6;
        try {
            ln6 = Net.listen("tcp6", "[::1]:" + port);
        } catch (IOException e) {
            ln4.close();
            assumeTrue(false, "[::1]:" + port + " is free: " + e.getMessage());
            return;
        }
        List<Thread> servers = List.of(AcceptLoop.acceptAndClose(ln4), AcceptLoop.acceptAndClose(ln6));
        AtomicInteger failures = new AtomicInteger();
        long fdsBefore;
        try {
            // One dial per family first, so that what the library opens once (its pollers) is counted before.
            Net.dial("tcp4", ln4.addr().toString()).close();
            Net.dial("tcp6", ln6.addr().toString()).close();
            fdsBefore = FullBacklog.openFds();
            Dialer d = Dialer.builder().timeout(Duration.ofSeconds(5)).build();
            List<Thread> dialers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                dialers.add(Thread.ofVirtual().start(() -> {
                    try (Conn c = d.dial("tcp", "localhost:" + port)) {
                        c.localAddr();
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                }));
            }
            for (Thread t : dialers) {
                t.join(Duration.ofSeconds(10));
            }
        } finally {
            ln4.close();
            ln6.close();
        }
        for (Thread t : servers) {
            t.join(Duration.ofSeconds(10));
        }
        assertEquals(0, failures.get());
        assertTrue(FullBacklog.awaitFdsAtMost(fdsBefore) <= fdsBefore, "no socket left open"); // the listeners' two are closed too
    }

    /** A refused primary starts the fallback at once, without waiting for the fallback delay. */
    @Test
    void refusedPrimaryStartsTheFallbackAtOnce() throws Exception {
        List<IPAddr> localhost = Resolver.DEFAULT.lookupIPAddr("localhost");
        assumeTrue(localhost.size() >= 2, "localhost has two addresses");
        boolean primaryIs4 = localhost.get(0).ip().to4().isPresent();
        assumeTrue(localhost.stream().anyMatch(a -> a.ip().to4().isPresent() != primaryIs4), "localhost has both families");
        // Only the fallback family listens; the primary's port is closed, so its dial is refused.
        Thread server;
        try (Listener accepting = Net.listen(primaryIs4 ? "tcp6" : "tcp4", primaryIs4 ? "[::1]:0" : "127.0.0.1:0")) {
            server = AcceptLoop.acceptAndClose(accepting);
            Duration delay = Duration.ofSeconds(60);
            Dialer d = Dialer.builder().fallbackDelay(delay).build();
            long start = System.nanoTime();
            try (Conn c = d.dial("tcp", "localhost:" + ((TCPAddr) accepting.addr()).port())) {
                assertEquals(!primaryIs4, ((TCPAddr) c.remoteAddr()).ip().to4().isPresent());
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0,
                    "the fallback did not wait for its delay");
        }
        server.join(Duration.ofSeconds(10));
    }
}
