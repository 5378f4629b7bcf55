package net.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One case measured on each side (ours, the raw JDK, Netty) one after another in the same JVM,
 * printed as one line: {@code name  ours=…  jdk=…  netty=…  ours/jdk=…  ours/netty=…}. With
 * several rounds the sides take turns (each round starts one side later, so that none is always
 * first) and each figure is the side's median.
 */
final class Comparison {

    private final String name;
    private final String unit;
    private final double scale;
    private final Map<String, Workload.Factory> sides = new LinkedHashMap<>();

    /**
     * A case called {@code name} whose figures are printed in {@code unit}, each being the rate
     * per second divided by {@code scale} (1e6 turns bytes/s into MB/s).
     */
    Comparison(String name, String unit, double scale) {
        this.name = name;
        this.unit = unit;
        this.scale = scale;
    }

    /** Adds the side {@code peer} ("ours", "jdk" or "netty"). */
    Comparison side(String peer, Workload.Factory factory) {
        sides.put(peer, factory);
        return this;
    }

    /** Measures the sides that {@code options} selects and prints the result line. */
    void run(BenchOptions options, PrintStream out) throws Exception {
        List<String> peers = new ArrayList<>(sides.keySet());
        peers.retainAll(options.peers());
        Map<String, double[]> rates = new LinkedHashMap<>();
        peers.forEach(p -> rates.put(p, new double[options.rounds()]));
        for (int r = 0; r < options.rounds(); r++) {
            for (int i = 0; i < peers.size(); i++) {
                String peer = peers.get((i + r) % peers.size());
                rates.get(peer)[r] = Measure.rate(name + " " + peer, sides.get(peer),
                        options.warmup(), options.window());
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        rates.forEach((peer, values) -> figures.put(peer, median(values) / scale));
        out.println(line(figures));
        out.flush();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    private String line(Map<String, Double> figures) {
        StringBuilder sb = new StringBuilder(name);
        figures.forEach((peer, v) -> sb.append("  ").append(peer).append('=').append(figure(v)));
        sb.append(' ').append(unit);
        Double ours = figures.get("ours");
        for (String peer : BenchOptions.ALL_PEERS) {
            Double theirs = figures.get(peer);
            if (!peer.equals("ours") && ours != null && theirs != null) {
                sb.append("  ours/").append(peer).append('=')
                        .append(String.format(Locale.ROOT, "%.2f", ours / theirs));
            }
        }
        return sb.toString();
    }

    private static String figure(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
