package net.bench;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import net.resolver.go.internal.GoResolverProvider;
import net.resolver.go.internal.ResolverSettings;
import net.test.unbound.UnboundServer;
import org.xbill.DNS.Name;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;
import org.xbill.DNS.lookup.LookupSession;

/**
 * DNS look-ups on loopback: 10,000 distinct-name {@code lookupHost} calls (A and AAAA in
 * parallel) against a local unbound, with 1 and 256 concurrent virtual threads, in look-ups per
 * second (a look-up that fails or finds one address instead of two is counted and shown),
 * gonet's pure resolver ({@link GoResolverProvider} over a resolv.conf naming the benchmark's
 * server, never the machine's) against dnsjava's {@link LookupSession} over a
 * {@link SimpleResolver} (no cache, no search list) on the same server in the same run. Then the
 * memory one in-flight look-up holds: 256 look-ups blocked on a silent server, the heap (and
 * direct buffers) in use after a full GC, less the same before, divided by 256.
 *
 * <p>Run: {@code tools/bench-dns [rounds]} (rounds of the throughput cases, default 1, after one
 * warm-up pass per side; with several rounds the best rate of each side is summed up at the end,
 * which is the fairer figure on a loaded machine). Needs {@code unbound} on the PATH or in
 * {@code /usr/sbin} (Debian's package {@code unbound}), started by net-resolver-go's test launcher.
 */
public final class DnsLookup {

    private static final int NAMES = 10_000;
    private static final int[] CONCURRENCY = {1, 256};
    private static final double[] TARGET = {2.0, 1.3};
    private static final int IN_FLIGHT = 256;
    private static final Duration SILENT_TIMEOUT = Duration.ofSeconds(10);

    private DnsLookup() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path dir = Files.createTempDirectory("dns-bench");
        try {
            throughput(dir, rounds);
            inFlightMemory(dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** One resolver under test: a blocking {@code lookupHost} returning the number of addresses. */
    private interface Side {
        int lookupHost(String name) throws Exception;
    }

    private static void throughput(Path dir, int rounds) throws Exception {
        Path serverDir = Files.createDirectories(dir.resolve("unbound"));
        Path binary = UnboundServer.binary().orElseThrow(() -> new IOException("unbound is missing: apt-get install unbound"));
        try (UnboundServer server = UnboundServer.start(binary, serverDir, Map.of("test.", zone()), "n0.test.")) {
            Side ours = gonet(dir, server.port(), Duration.ofSeconds(2));
            Side theirs = dnsjava(server.port(), Duration.ofSeconds(2));
            run(ours, 16); // warm-up: every name once per side
            run(theirs, 16);
            double[][] best = new double[CONCURRENCY.length][2];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < CONCURRENCY.length; i++) {
                    Result o = run(ours, CONCURRENCY[i]);
                    Result t = run(theirs, CONCURRENCY[i]);
                    best[i][0] = Math.max(best[i][0], o.rate());
                    best[i][1] = Math.max(best[i][1], t.rate());
                    System.out.printf(Locale.ROOT,
                            "dns lookupHost %,d names (A+AAAA), %3d virtual thread(s): gonet %,.0f/s%s, dnsjava %,.0f/s%s,"
                                    + " ratio %.2f (target %.1f)%n",
                            NAMES, CONCURRENCY[i], o.rate(), o.problems(), t.rate(), t.problems(), o.rate() / t.rate(),
                            TARGET[i]);
                }
            }
            for (int i = 0; i < CONCURRENCY.length && rounds > 1; i++) {
                System.out.printf(Locale.ROOT,
                        "dns lookupHost best of %d rounds, %3d virtual thread(s): gonet %,.0f/s, dnsjava %,.0f/s, ratio %.2f"
                                + " (target %.1f)%n",
                        rounds, CONCURRENCY[i], best[i][0], best[i][1], best[i][0] / best[i][1], TARGET[i]);
            }
        }
    }

    /** The zone "test.": names n0 … n9999, each with one A and one AAAA record (loopback addresses). */
    private static String zone() {
        StringBuilder z = new StringBuilder("$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n@ NS ns.test.\n");
        for (int i = 0; i < NAMES; i++) {
            z.append('n').append(i).append(" A 127.0.").append(i / 256).append('.').append(i % 256).append('\n');
            z.append('n').append(i).append(" AAAA ::1\n");
        }
        return z.toString();
    }

    /** A throughput run: look-ups per second, and the look-ups that failed or found one address, not two. */
    private record Result(double rate, int incomplete, String firstProblem) {

        String problems() {
            return incomplete == 0 ? "" : String.format(Locale.ROOT, " [%d incomplete, e.g. %s]", incomplete, firstProblem);
        }
    }

    /** Looks up every name once with {@code threads} virtual threads taking the next name in turn. */
    private static Result run(Side side, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger incomplete = new AtomicInteger();
        AtomicReference<String> first = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < NAMES; i = next.getAndIncrement()) {
                    String name = "n" + i + ".test.";
                    String problem;
                    try {
                        int n = side.lookupHost(name);
                        problem = n == 2 ? null : name + ": " + n + " address(es)";
                    } catch (Exception e) {
                        problem = name + ": " + e;
                    }
                    if (problem != null) {
                        incomplete.incrementAndGet();
                        first.compareAndSet(null, problem);
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return new Result(NAMES / ((System.nanoTime() - start) / 1e9), incomplete.get(), first.get());
    }

    /**
     * gonet's pure resolver over its own resolv.conf (nameserver 127.0.0.1, sent to {@code port}),
     * hosts file and nsswitch.conf in {@code dir}: Go's {@code lookupHost} order "files,dns".
     */
    private static Side gonet(Path dir, int port, Duration timeout) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("gonet-" + port));
        Path resolvConf = Files.writeString(conf.resolve("resolv.conf"),
                "nameserver 127.0.0.1\noptions timeout:" + timeout.toSeconds() + " attempts:1\n");
        Path hosts = Files.writeString(conf.resolve("hosts"), "127.0.0.1 localhost\n::1 localhost\n");
        Path nsswitchConf = Files.writeString(conf.resolve("nsswitch.conf"), "hosts: files dns\n");
        Map<String, String> properties = Map.of(ResolverSettings.RESOLV_CONF, resolvConf.toString(),
                ResolverSettings.HOSTS, hosts.toString(), ResolverSettings.NSSWITCH_CONF, nsswitchConf.toString(),
                ResolverSettings.PORT, Integer.toString(port));
        ResolverProvider p = new GoResolverProvider(properties::get);
        return name -> p.lookupIPAddr("ip", name, LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null).size();
    }

    /** dnsjava's LookupSession on one SimpleResolver at 127.0.0.1:{@code port}, A and AAAA asked together. */
    private static Side dnsjava(int port, Duration timeout) throws IOException {
        SimpleResolver r = new SimpleResolver(InetAddress.getByName("127.0.0.1"));
        r.setPort(port);
        r.setTimeout(timeout);
        LookupSession s = LookupSession.builder().resolver(r).clearCaches().clearSearchPath().build();
        return name -> {
            Name n = Name.fromString(name);
            CompletableFuture<Integer> a = s.lookupAsync(n, Type.A).toCompletableFuture().thenApply(x -> x.getRecords().size());
            CompletableFuture<Integer> aaaa = s.lookupAsync(n, Type.AAAA).toCompletableFuture().thenApply(x -> x.getRecords().size());
            return a.join() + aaaa.join();
        };
    }

    /** Prints the heap and direct memory one blocked look-up holds, for each side. */
    private static void inFlightMemory(Path dir) throws Exception {
        try (DatagramChannel silent = DatagramChannel.open()) {
            silent.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20); // keep all 512 queries
            silent.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = ((InetSocketAddress) silent.getLocalAddress()).getPort();
            AtomicInteger received = new AtomicInteger();
            Thread reader = Thread.ofVirtual().start(() -> {
                ByteBuffer b = ByteBuffer.allocate(2048);
                try {
                    while (true) {
                        b.clear();
                        silent.receive(b);
                        received.incrementAndGet();
                    }
                } catch (IOException e) {
                    // closed: done
                }
            });
            long[] ours = blocked(gonet(dir, port, SILENT_TIMEOUT), received);
            long[] theirs = blocked(dnsjava(port, SILENT_TIMEOUT), received);
            System.out.printf(Locale.ROOT,
                    "dns in-flight lookupHost, %d blocked on a silent server: gonet %,d B heap + %,d B direct per look-up,"
                            + " dnsjava %,d B heap + %,d B direct per look-up%n",
                    IN_FLIGHT, ours[0], ours[1], theirs[0], theirs[1]);
            silent.close();
            reader.join();
        }
    }

    /**
     * Starts {@value #IN_FLIGHT} look-ups of names not in any zone on virtual threads, waits until
     * the silent server has received both queries of each, and returns the heap and direct memory
     * in use then, less before, per look-up. The look-ups then time out on their own.
     */
    private static long[] blocked(Side side, AtomicInteger received) throws Exception {
        long[] before = memory();
        int target = received.get() + 2 * IN_FLIGHT;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            String name = "m" + i + ".silent.test.";
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    side.lookupHost(name);
                } catch (Exception e) {
                    // the expected timeout
                }
            }));
        }
        long end = System.nanoTime() + SILENT_TIMEOUT.toNanos() / 2;
        while (received.get() < target && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        if (received.get() < target) {
            System.out.println("note: only " + (received.get() - target + 2 * IN_FLIGHT) + " of " + 2 * IN_FLIGHT
                    + " queries reached the silent server before the measurement");
        }
        long[] during = memory();
        for (Thread t : threads) {
            t.join();
        }
        return new long[] {(during[0] - before[0]) / IN_FLIGHT, (during[1] - before[1]) / IN_FLIGHT};
    }

    /** Heap in use after a full collection, and direct buffer memory in use. */
    private static long[] memory() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
        return new long[] {heap, direct};
    }
}
