package net.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command-line options of a benchmark program: {@code --warmup=SECONDS},
 * {@code --time=SECONDS} (the measured window), {@code --conns=N[,N…]} (connections, or dialers
 * for the connect benchmark), {@code --peers=ours,jdk,netty} (which sides to run) and
 * {@code --rounds=N} (how often each side is measured, in turns; the line gives the median).
 */
record BenchOptions(Duration warmup, Duration window, List<Integer> conns, Set<String> peers, int rounds) {

    /** Every side, in the order the result line prints them. */
    static final List<String> ALL_PEERS = List.of("ours", "jdk", "netty");

    /** The options in {@code args}; what is not given takes the defaults (1 s warm-up, 3 s window). */
    static BenchOptions parse(String[] args, List<Integer> defaultConns) {
        Duration warmup = Duration.ofSeconds(1);
        Duration window = Duration.ofSeconds(3);
        List<Integer> conns = defaultConns;
        Set<String> peers = new LinkedHashSet<>(ALL_PEERS);
        int rounds = 1;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (key) {
                case "--warmup" -> warmup = seconds(key, value);
                case "--time" -> window = seconds(key, value);
                case "--conns" -> conns = counts(key, value);
                case "--peers" -> peers = peers(key, value);
                case "--rounds" -> rounds = rounds(key, value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "; options:"
                        + " --warmup=SECONDS --time=SECONDS --conns=N[,N...] --peers=ours,jdk,netty --rounds=N");
            }
        }
        if (window.isZero()) {
            throw new IllegalArgumentException("--time must be more than 0 seconds");
        }
        return new BenchOptions(warmup, window, conns, peers, rounds);
    }

    private static Duration seconds(String key, String value) {
        try {
            double s = Double.parseDouble(value);
            if (s >= 0 && s <= 600) {
                return Duration.ofMillis(Math.round(s * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " needs a number of seconds from 0 to 600, not \"" + value + "\"");
    }

    private static List<Integer> counts(String key, String value) {
        List<Integer> counts = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int n = Integer.parseInt(part.trim());
                if (n >= 1 && n <= 10_000) {
                    counts.add(n);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(key + " needs counts from 1 to 10000, not \"" + value + "\"");
        }
        return List.copyOf(counts);
    }

    private static int rounds(String key, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " needs a count from 1 to 100, not \"" + value + "\"");
    }

    private static Set<String> peers(String key, String value) {
        Set<String> peers = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!ALL_PEERS.contains(part)) {
                throw new IllegalArgumentException(key + " takes ours, jdk and netty, not \"" + part + "\"");
            }
            peers.add(part);
        }
        return peers;
    }
}
