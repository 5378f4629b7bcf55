package net.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Debian's unbound as the benchmark's name server: a child process on a free port of 127.0.0.1,
 * configured in a directory of its own to serve one zone file as an authoritative zone and
 * nothing else (the root zone is refused and no upstream address may be queried, so no query
 * leaves the machine). The configuration is checked with {@code unbound-checkconf} first.
 */
final class Unbound implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/unbound");
    private static final long READY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Process process;
    private final int port;

    private Unbound(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts unbound in {@code dir} serving {@code zoneFile} as the zone {@code origin}, and
     * waits (at most 10 s) until it answers a query for {@code probe}.
     */
    static Unbound start(Path dir, String origin, String zoneFile, String probe) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IOException(BINARY + " is missing: apt-get install unbound");
        }
        Path zone = dir.resolve("zone.txt");
        Files.writeString(zone, zoneFile);
        int port = freePort();
        Path conf = dir.resolve("unbound.conf");
        Files.write(conf, List.of(
                "server:",
                "    interface: 127.0.0.1",
                "    port: " + port,
                "    do-daemonize: no",
                "    chroot: \"\"",
                "    username: \"\"",
                "    directory: \"" + dir + "\"",
                "    pidfile: \"" + dir.resolve("unbound.pid") + "\"",
                "    use-syslog: no",
                "    logfile: \"" + dir.resolve("unbound.log") + "\"",
                "    num-threads: 1",
                // 512 queries arrive at once at 256 look-ups: the default buffer (about 200 KB) drops some
                "    so-rcvbuf: 4m",
                "    so-sndbuf: 4m",
                "    do-not-query-localhost: yes",
                "    do-not-query-address: 0.0.0.0/0",
                "    do-not-query-address: ::/0",
                "    local-zone: \".\" refuse",
                "    local-zone: \"" + origin + "\" transparent",
                "auth-zone:",
                "    name: \"" + origin + "\"",
                "    zonefile: \"" + zone + "\"",
                "    for-downstream: yes",
                "    for-upstream: no",
                "    fallback-enabled: no",
                "remote-control:",
                "    control-enable: no"), StandardCharsets.UTF_8);
        run(BINARY.resolveSibling("unbound-checkconf").toString(), conf.toString());
        Process p = new ProcessBuilder(BINARY.toString(), "-d", "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("unbound.out").toFile())
                .start();
        Unbound server = new Unbound(p, port);
        try {
            server.awaitAnswer(probe);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The port, UDP and TCP, on 127.0.0.1. */
    int port() {
        return port;
    }

    private static int freePort() throws IOException {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 20; i++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, lo);
                    DatagramSocket udp = new DatagramSocket(new InetSocketAddress(lo, tcp.getLocalPort()))) {
                return udp.getLocalPort();
            } catch (IOException e) {
                // the same UDP port is taken: try another
            }
        }
        throw new IOException("no port free for both TCP and UDP on 127.0.0.1");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": " + out.strip());
        }
    }

    /** Sends an A query for {@code name} every 100 ms until one is answered. */
    private void awaitAnswer(String name) throws IOException {
        byte[] query = Message.newQuery(Record.newRecord(Name.fromString(name), Type.A, DClass.IN)).toWire();
        long end = System.nanoTime() + READY_NANOS;
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            s.setSoTimeout(100);
            DatagramPacket out = new DatagramPacket(query, query.length, InetAddress.getByName("127.0.0.1"), port);
            while (System.nanoTime() < end && process.isAlive()) {
                s.send(out);
                try {
                    s.receive(new DatagramPacket(new byte[4096], 4096));
                    return;
                } catch (SocketTimeoutException e) {
                    // not listening yet
                }
            }
        }
        throw new IOException("unbound did not answer within 10 s (alive: " + process.isAlive() + ")");
    }

    /** Stops unbound (SIGTERM, then SIGKILL after 5 s). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
