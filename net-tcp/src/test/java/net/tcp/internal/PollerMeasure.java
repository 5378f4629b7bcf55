package net.tcp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.tcp.TCPConn;
import net.tcp.TCPListener;

/**
 * A quick measurement, not a test: one-byte ping-pong round trips per second over loopback
 * connections, on virtual threads, through this transport (the poller) and through the JDK's
 * blocking SocketChannel (the JDK's own virtual-thread poller). Every round trip's reads may
 * have to wait for the peer. Arguments: round trips per connection (default 20000), connections
 * (default 1), which to run ({@code both}, {@code gonet} or {@code jdk}; default both) and how
 * many times (default 3). Run from the repository's root:
 * <pre>
 * source tools/java-home &amp;&amp; mvn -B -q -pl net-tcp -am test-compile
 * CP=net-api/target/classes:net-tcp/target/classes:$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.20/slf4j-api-2.0.20.jar
 * java [-Dnet.poll.spin=0] [-Dnet.poll.virtual=true] -p $CP --add-modules net.tcp \
 *     --patch-module net.tcp=net-tcp/target/test-classes -m net.tcp/net.tcp.internal.PollerMeasure 50000 1 both 3
 * </pre>
 * ({@code net.poll.spin=0}: no spin-before-park; {@code net.poll.virtual=true}: the selector
 * loop on a virtual thread.) To count system calls and CPU time per round trip regardless of
 * the machine's load, run one side alone under
 * {@code perf stat -x, -e task-clock,raw_syscalls:sys_enter,syscalls:sys_enter_epoll_ctl,syscalls:sys_enter_epoll_wait,syscalls:sys_enter_read,syscalls:sys_enter_write,syscalls:sys_enter_futex,context-switches}
 * with one pass ({@code ... 20000 1 gonet 1}, then {@code ... 100000 1 gonet 1}) and divide the
 * difference of the counts by the difference in round trips (times connections).
 */
public final class PollerMeasure {

    private PollerMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int conns = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String which = args.length > 2 ? args[2] : "both";
        int times = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (int i = 0; i < times; i++) {
            if (!which.equals("jdk")) {
                report("gonet TCPConn (poller)", gonet(rounds, conns), rounds, conns);
            }
            if (!which.equals("gonet")) {
                report("JDK SocketChannel, blocking", jdk(rounds, conns), rounds, conns);
            }
        }
    }

    private static void report(String what, long nanos, int rounds, int conns) {
        long total = (long) rounds * conns;
        System.out.printf("%-28s %3d conns %8.0f round trips/s  %6.1f us/round trip%n", what, conns,
                total * 1e9 / nanos, nanos / 1e3 / rounds);
    }

    private static long gonet(int rounds, int conns) throws Exception {
        try (TCPListener ln = Loopback.listen()) {
            List<TCPConn> open = new ArrayList<>();
            try {
                List<Io[]> pairs = new ArrayList<>();
                for (int i = 0; i < conns; i++) {
                    TCPConn[] p = Loopback.pair(ln);
                    open.add(p[0]);
                    open.add(p[1]);
                    TCPConn c = p[0];
                    TCPConn s = p[1];
                    pairs.add(new Io[] {c::write, c::read, s::write, s::read});
                }
                return run(rounds, pairs);
            } finally {
                for (TCPConn c : open) {
                    c.close();
                }
            }
        }
    }

    private static long jdk(int rounds, int conns) throws Exception {
        try (ServerSocketChannel ln = ServerSocketChannel.open()) {
            ln.bind(new InetSocketAddress("127.0.0.1", 0), conns);
            List<SocketChannel> open = new ArrayList<>();
            try {
                List<Io[]> pairs = new ArrayList<>();
                for (int i = 0; i < conns; i++) {
                    SocketChannel c = SocketChannel.open(ln.getLocalAddress());
                    open.add(c);
                    SocketChannel s = ln.accept();
                    open.add(s);
                    c.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                    s.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                    pairs.add(new Io[] {c::write, c::read, s::write, s::read});
                }
                return run(rounds, pairs);
            } finally {
                for (SocketChannel c : open) {
                    c.close();
                }
            }
        }
    }

    @FunctionalInterface
    private interface Io {
        int apply(ByteBuffer b) throws IOException;
    }

    /** Runs every pair's ping-pong at once; the nanoseconds from the start to the last one's end. */
    private static long run(int rounds, List<Io[]> pairs) throws Exception {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Io[] p : pairs) {
            done.add(pingPong(rounds, p[0], p[1], p[2], p[3]));
        }
        for (CompletableFuture<Void> d : done) {
            d.get();
        }
        return System.nanoTime() - t0;
    }

    private static CompletableFuture<Void> pingPong(int rounds, Io cw, Io cr, Io sw, Io sr) {
        CompletableFuture<Void> done = new CompletableFuture<>();
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
                for (int i = 0; i < rounds; i++) {
                    b.clear().put((byte) i).flip();
                    cw.apply(b);
                    b.clear();
                    if (cr.apply(b) != 1) {
                        throw new IOException("short read");
                    }
                }
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
