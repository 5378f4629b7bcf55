package net.bench;

import java.util.List;

/**
 * TCP connect-accept-close cycles per second on loopback with 4 dialers (or {@code --conns}):
 * ours, the raw JDK, Netty. One line per count.
 */
public final class TcpConnect {

    private TcpConnect() {
    }

    /** Runs the benchmark; see {@link BenchOptions} for the arguments. */
    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, List.of(4));
        GonetSockets ours = new GonetSockets();
        JdkSockets jdk = new JdkSockets();
        for (int dialers : options.conns()) {
            new Comparison("tcp-connect dialers=" + dialers, "cycles/s", 1)
                    .side("ours", () -> new BlockingConnect(ours, dialers))
                    .side("jdk", () -> new BlockingConnect(jdk, dialers))
                    .side("netty", () -> new NettyConnect(dialers))
                    .run(options, System.out);
        }
    }
}
