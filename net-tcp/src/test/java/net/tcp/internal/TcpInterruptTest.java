package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.api.OpError;
import net.api.OpInterruptedException;
import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.Test;

/**
 * Interrupting a thread blocked in read, write or accept: the call throws
 * {@link OpInterruptedException}, the interrupt status stays set, and the connection or listener
 * stays open and usable (unlike the JDK's interruptible channels). Go has no interrupts.
 */
class TcpInterruptTest {

    /** Runs {@code call} on a new thread; completes with what it threw and whether it was still interrupted. */
    private static CompletableFuture<Object[]> blocked(ThrowingRunnable call, Thread[] thread, boolean virtual) {
        CompletableFuture<Object[]> f = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                call.run();
                f.complete(new Object[] {null, Thread.currentThread().isInterrupted()});
            } catch (Throwable e) {
                f.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
            }
        };
        thread[0] = virtual ? Thread.ofVirtual().start(r) : Thread.ofPlatform().start(r);
        return f;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void assertInterrupted(Object[] r, String op) {
        assertTrue(r[0] instanceof OpInterruptedException, String.valueOf(r[0]));
        assertEquals(op, ((OpError) r[0]).op());
        assertTrue(((OpInterruptedException) r[0]).getMessage().endsWith(": interrupted"));
        assertTrue((Boolean) r[1], "the interrupt status is kept");
    }

    @Test
    void interruptReadOnVirtualAndPlatformThreads() throws Exception {
        for (boolean virtual : new boolean[] {true, false}) {
            try (TCPListener ln = Loopback.listen()) {
                TCPConn[] p = Loopback.pair(ln);
                try (TCPConn c = p[0]; TCPConn s = p[1]) {
                    Thread[] t = new Thread[1];
                    CompletableFuture<Object[]> f = blocked(() -> c.read(new byte[1]), t, virtual);
                    Thread.sleep(100);
                    assertFalse(f.isDone());
                    t[0].interrupt();
                    assertInterrupted(f.get(10, TimeUnit.SECONDS), "read");
                    s.write(new byte[] {1});
                    assertEquals(1, c.read(new byte[1]), "still usable");
                    c.write(new byte[] {2});
                    assertEquals(1, s.read(new byte[1]));
                }
            }
        }
    }

    @Test
    void interruptWrite() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            TCPConn[] p = Loopback.pair(ln);
            try (TCPConn c = p[0]; TCPConn s = p[1]) {
                c.setWriteBuffer(4096);
                Thread[] t = new Thread[1];
                CompletableFuture<Object[]> f = blocked(() -> c.write(new byte[64 << 20]), t, true);
                Thread.sleep(200);
                assertFalse(f.isDone());
                t[0].interrupt();
                assertInterrupted(f.get(10, TimeUnit.SECONDS), "write");
                Thread.ofVirtual().start(() -> {
                    try {
                        s.writeTo(java.nio.channels.Channels.newChannel(java.io.OutputStream.nullOutputStream()));
                    } catch (java.io.IOException e) {
                        // the test's end closes it
                    }
                });
                c.write(new byte[1 << 20]); // still open: the write side accepts more once the peer reads
            }
        }
    }

    @Test
    void interruptAccept() throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            Thread[] t = new Thread[1];
            CompletableFuture<Object[]> f = blocked(() -> ln.accept().close(), t, true);
            Thread.sleep(100);
            assertFalse(f.isDone());
            t[0].interrupt();
            assertInterrupted(f.get(10, TimeUnit.SECONDS), "accept");
            TCPConn[] p = Loopback.pair(ln);
            p[0].close();
            p[1].close();
        }
    }
}
