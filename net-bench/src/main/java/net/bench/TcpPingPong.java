package net.bench;

import java.util.List;

/**
 * TCP echo ping-pong with 64-byte messages on loopback, in round trips per second, over 1 and
 * over 100 connections (or {@code --conns}): ours, the raw JDK, Netty. One line per count.
 */
public final class TcpPingPong {

    private static final int SIZE = 64;

    private TcpPingPong() {
    }

    /** Runs the benchmark; see {@link BenchOptions} for the arguments. */
    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, List.of(1, 100));
        GonetSockets ours = new GonetSockets();
        JdkSockets jdk = new JdkSockets();
        for (int conns : options.conns()) {
            new Comparison("tcp-pingpong-64B conns=" + conns, "rt/s", 1)
                    .side("ours", () -> new BlockingPingPong(ours, conns, SIZE))
                    .side("jdk", () -> new BlockingPingPong(jdk, conns, SIZE))
                    .side("netty", () -> new NettyPingPong(conns, SIZE))
                    .run(options, System.out);
        }
    }
}
