package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.api.TCPAddr;
import net.tcp.TCPConn;
import org.junit.jupiter.api.Test;

/**
 * 10,000 concurrent loopback connections dialed by virtual threads, all of them blocked in a
 * read at once, and no descriptor left open afterwards. The server runs in a process of its own
 * (servers/EchoAfterAll.java, plain JDK), since both ends in one process would need 20,000
 * descriptors and this machine allows 20,000 in all; {@link TcpManyConnsTest} covers both ends
 * of our own in one process, as many as fit.
 */
class TcpTenThousandClientsTest {

    private static final int CLIENTS = 10_000;
    private static final int SPARE_FDS = 500;
    private static final int DIALS_AT_ONCE = 256;
    private static final Path SERVER = Path.of("src", "test", "resources", "servers", "EchoAfterAll.java");

    @Test
    void tenThousandClientsBlockedInRead() throws Exception {
        Loopback.listen().close(); // the poller's own descriptors are there before we count
        long before = Loopback.openFds();
        assertTrue(Loopback.fdLimit() - before >= CLIENTS + SPARE_FDS,
                "the descriptor limit " + Loopback.fdLimit() + " is too low for " + CLIENTS + " connections");
        assertTrue(Files.isRegularFile(SERVER), "missing " + SERVER.toAbsolutePath());
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process server = new ProcessBuilder(java, SERVER.toString(), Integer.toString(CLIENTS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtomicInteger echoed = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            TCPAddr addr = new TCPAddr(Loopback.V4, Integer.parseInt(out.readLine()));
            Semaphore dialing = new Semaphore(DIALS_AT_ONCE);
            try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CLIENTS; i++) {
                    vts.submit(() -> {
                        try (TCPConn c = dialPaced(addr, dialing)) {
                            c.setDeadline(Loopback.in(Duration.ofSeconds(60)));
                            c.write(new byte[] {7});
                            ByteBuffer b = ByteBuffer.allocate(1);
                            // blocked until the server has all CLIENTS connections
                            if (c.read(b) == 1 && b.get(0) == 7) {
                                echoed.incrementAndGet();
                            }
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    });
                }
                vts.shutdown();
                assertTrue(vts.awaitTermination(90, TimeUnit.SECONDS), "connections did not finish in time");
            }
            assertEquals("echoed " + CLIENTS, out.readLine());
        } finally {
            server.getOutputStream().close(); // the server exits at the end of its input
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors, first: " + errors.peek());
        assertEquals(CLIENTS, echoed.get());
        long after = Loopback.awaitFdsAtMost(before);
        assertTrue(after <= before, "descriptors left open: before " + before + ", after " + after);
    }

    /** Dials with at most {@value #DIALS_AT_ONCE} handshakes in flight, so the accept queue never overflows. */
    private static TCPConn dialPaced(TCPAddr addr, Semaphore dialing) throws Exception {
        dialing.acquire();
        try {
            return Loopback.dial(addr);
        } finally {
            dialing.release();
        }
    }
}
