package net.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The TCP benchmark: each workload on our library, on the JDK's blocking channels on virtual
 * threads and on Netty's epoll transport, on loopback, printing one line per workload with the
 * ratios of ours to the others (above 1: ours is faster). Arguments: the measured seconds of
 * each run (default 2) and the warm-up seconds before it (default 0.5).
 *
 * <p>Run: {@code tools/mvn -q -pl net-bench -am package -DskipTests && java -p
 * net-bench/target/lib:net-bench/target/classes -m net.bench/net.bench.TcpBench [seconds [warm-up]]}.
 */
public final class TcpBench {

    private TcpBench() {
    }

    /** One workload: its label, unit, and how to run it on a peer for a duration. */
    private record Workload(String label, String unit, double perUnit, Run run) {
    }

    @FunctionalInterface
    private interface Run {
        long on(TcpPeer peer, Duration d) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofMillis((long) (1000 * (args.length > 0 ? Double.parseDouble(args[0]) : 2)));
        Duration warmUp = Duration.ofMillis((long) (1000 * (args.length > 1 ? Double.parseDouble(args[1]) : 0.5)));
        List<Workload> workloads = List.of(
                new Workload("echo 64 B, 1 connection", "round trips/s", 1, (p, d) -> p.pingPong(1, 64, d)),
                new Workload("echo 64 B, 100 connections", "round trips/s", 1, (p, d) -> p.pingPong(100, 64, d)),
                new Workload("bulk 64 KiB writes", "MB/s", 1e6, (p, d) -> p.bulk(64 * 1024, d)),
                new Workload("connect-accept-close, 4 dialers", "cycles/s", 1, (p, d) -> p.connectCycles(4, d)));
        try (TcpPeer gonet = new BlockingPeer(new GonetSockets());
             TcpPeer jdk = new BlockingPeer(new JdkSockets());
             TcpPeer netty = new NettyPeer()) {
            List<TcpPeer> peers = List.of(gonet, jdk, netty);
            for (Workload w : workloads) {
                List<Double> rates = new ArrayList<>();
                for (TcpPeer p : peers) {
                    w.run().on(p, warmUp);
                    long start = System.nanoTime();
                    long count = w.run().on(p, measure);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    rates.add(count / w.perUnit() / seconds);
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "tcp %-34s", w.label()));
                for (int i = 0; i < peers.size(); i++) {
                    line.append(String.format(Locale.ROOT, " %s %,.0f %s;", peers.get(i).name(), rates.get(i), w.unit()));
                }
                for (int i = 1; i < peers.size(); i++) {
                    line.append(String.format(Locale.ROOT, " %s/%s %.2f", gonet.name(), peers.get(i).name(), rates.get(0) / rates.get(i)));
                }
                System.out.println(line);
            }
        }
    }
}
