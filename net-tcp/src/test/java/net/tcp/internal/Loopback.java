package net.tcp.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import net.api.IP;
import net.api.TCPAddr;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.tcp.TCPConn;
import net.tcp.TCPListener;

/** Test helpers: listen and dial on loopback through the provider, count open descriptors. */
final class Loopback {

    static final TcpTransportProvider PROVIDER = new TcpTransportProvider();
    static final IP V4 = IP.v4(127, 0, 0, 1);
    static final IP V6 = IP.of(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});

    private Loopback() {
    }

    /** A "tcp" listener on 127.0.0.1 with an ephemeral port. */
    static TCPListener listen() throws IOException {
        return listen("tcp", new TCPAddr(V4, 0));
    }

    static TCPListener listen(String network, TCPAddr local) throws IOException {
        return (TCPListener) PROVIDER.listen(new ListenRequest(network, local, null, null));
    }

    static TCPConn dial(TCPAddr to) throws IOException {
        return dial("tcp", to);
    }

    static TCPConn dial(String network, TCPAddr to) throws IOException {
        return (TCPConn) PROVIDER.dial(new DialRequest(network, null, to, null, null, null));
    }

    /** The address to dial to reach {@code l}: its port on 127.0.0.1 (or ::1 for an IPv6 listener). */
    static TCPAddr target(TCPListener l, IP ip) {
        return new TCPAddr(ip, l.addr().port());
    }

    /** A connected pair: [0] dialed, [1] accepted. */
    static TCPConn[] pair(TCPListener l) throws IOException {
        TCPConn c = dial(target(l, V4));
        return new TCPConn[] {c, l.accept()};
    }

    static Instant in(Duration d) {
        return Instant.now().plus(d);
    }

    static Instant past() {
        return Instant.now().minusSeconds(5);
    }

    /** The number of open file descriptors of this process. */
    static long openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    /** The soft limit on open files (the "Max open files" line of /proc/self/limits). */
    static long fdLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String v = line.substring("Max open files".length()).trim().split("\\s+")[0];
                return v.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(v);
            }
        }
        return 1024;
    }

    /**
     * Waits (bounded, 10 s) until at most {@code expected} descriptors are open, since a closed
     * channel's descriptor is released by the poller thread shortly after close returns.
     */
    static long awaitFdsAtMost(long expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long n = openFds();
        while (n > expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            n = openFds();
        }
        return n;
    }
}
