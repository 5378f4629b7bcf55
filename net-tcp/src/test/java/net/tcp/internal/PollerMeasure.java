package net.tcp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import net.tcp.TCPConn;
import net.tcp.TCPListener;

/**
 * A quick measurement, not a test: one-byte ping-pong round trips per second on one loopback
 * connection, on virtual threads, through this transport (the poller, with and without the
 * spin) and through the JDK's blocking SocketChannel (the JDK's own virtual-thread poller).
 * Every round trip's reads have to wait for the peer. Run from the repository's root:
 * <pre>
 * source tools/java-home &amp;&amp; mvn -B -q -pl net-tcp -am test-compile
 * CP=net-api/target/classes:net-tcp/target/classes:$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.20/slf4j-api-2.0.20.jar
 * java [-Dnet.poll.spin=0] -p $CP --add-modules net.tcp --patch-module net.tcp=net-tcp/target/test-classes \
 *     -m net.tcp/net.tcp.internal.PollerMeasure 50000
 * </pre>
 */
public final class PollerMeasure {

    private PollerMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        for (int i = 0; i < 3; i++) {
            report("gonet TCPConn (poller)", gonet(rounds), rounds);
            report("JDK SocketChannel, blocking", jdk(rounds), rounds);
        }
    }

    private static void report(String what, long nanos, int rounds) {
        System.out.printf("%-30s %8.0f round trips/s  %6.1f us/round trip%n", what,
                rounds * 1e9 / nanos, nanos / 1e3 / rounds);
    }

    private static long gonet(int rounds) throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            TCPConn[] p = Loopback.pair(ln);
            try (TCPConn c = p[0]; TCPConn s = p[1]) {
                return pingPong(rounds, b -> c.write(b), b -> c.read(b), b -> s.write(b), b -> s.read(b));
            }
        }
    }

    private static long jdk(int rounds) throws Exception {
        try (ServerSocketChannel ln = ServerSocketChannel.open()) {
            ln.bind(new InetSocketAddress("127.0.0.1", 0));
            try (SocketChannel c = SocketChannel.open(ln.getLocalAddress()); SocketChannel s = ln.accept()) {
                c.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                s.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                return pingPong(rounds, c::write, c::read, s::write, s::read);
            }
        }
    }

    @FunctionalInterface
    private interface Io {
        int apply(ByteBuffer b) throws IOException;
    }

    private static long pingPong(int rounds, Io cw, Io cr, Io sw, Io sr) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                ByteBuffer b = ByteBuffer.allocate(1);
                for (int i = 0; i < rounds; i++) {
                    b.clear();
                    if (sr.apply(b) != 1) {
                        throw new IOException("short read");
                    }
                    b.flip();
                    sw.apply(b);
                }
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        Thread.ofVirtual().start(() -> {
            try {
                ByteBuffer b = ByteBuffer.allocate(1);
                long t0 = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    b.clear().put((byte) i).flip();
                    cw.apply(b);
                    b.clear();
                    if (cr.apply(b) != 1) {
                        throw new IOException("short read");
                    }
                }
                done.complete(System.nanoTime() - t0);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }
}
