package net.udp.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.api.IP;
import net.api.UDPAddr;
import net.udp.UDPConn;

/** Test helpers: loopback addresses, sockets on them, buffers as text, and the open-socket count. */
final class Udp {

    static final IP LOOPBACK4 = IP.of(new byte[] {127, 0, 0, 1});
    static final IP LOOPBACK6 = IP.IPV6_LOOPBACK;

    private Udp() {
    }

    /** 127.0.0.1:0. */
    static UDPAddr local4() {
        return new UDPAddr(LOOPBACK4, 0);
    }

    /** An unconnected "udp" socket on 127.0.0.1 (Go's {@code newLocalPacketListener(t, "udp")}). */
    static UDPConn listen() throws IOException {
        return UDPConn.listenUDP("udp", local4());
    }

    static ByteBuffer buf(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes between 0 and the position, as text. */
    static String text(ByteBuffer b) {
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /**
     * The number of file descriptors open before a test: a socket is opened and closed first,
     * so that the poller's own descriptors (its selector, opened once per process) are counted.
     */
    static long fdsBefore() throws IOException {
        listen().close();
        return openFds();
    }

    /** The number of file descriptors this process has open (the entries of /proc/self/fd). */
    static long openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count() - 1; // less the one that lists them
        }
    }

    /**
     * Asserts that the descriptor count falls back to at most {@code before}: a closed channel's
     * descriptor is released by the poller's next select, so this waits up to 5 s for it.
     */
    static void assertNoFdLeft(long before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long now = openFds();
        while (now > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
            now = openFds();
        }
        assertTrue(now <= before, "descriptors open: " + now + " after, " + before + " before");
    }
}
