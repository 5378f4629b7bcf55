package net.bench;

import java.util.List;

/**
 * TCP bulk transfer with 64 KiB writes on loopback, in MB/s (10^6 bytes) received, over one
 * connection (or {@code --conns}): ours, the raw JDK, Netty. One line per count.
 */
public final class TcpBulk {

    private static final int CHUNK = 64 * 1024;

    private TcpBulk() {
    }

    /** Runs the benchmark; see {@link BenchOptions} for the arguments. */
    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, List.of(1));
        GonetSockets ours = new GonetSockets();
        JdkSockets jdk = new JdkSockets();
        for (int conns : options.conns()) {
            new Comparison("tcp-bulk-64KiB conns=" + conns, "MB/s", 1e6)
                    .side("ours", () -> new BlockingBulk(ours, conns, CHUNK))
                    .side("jdk", () -> new BlockingBulk(jdk, conns, CHUNK))
                    .side("netty", () -> new NettyBulk(conns, CHUNK))
                    .run(options, System.out);
        }
    }
}
