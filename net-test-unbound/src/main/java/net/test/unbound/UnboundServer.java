package net.test.unbound;

import java.io.File;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * A real name server for end-to-end tests and the DNS benchmark: Debian's {@code unbound}, run as
 * a child process on a free loopback port with a configuration written into a directory of the
 * caller's. It answers only from the zone files it is given (as authoritative zones, which unlike
 * {@code local-data} follow a CNAME chain within the zone): every other name is refused by a local
 * root zone and no upstream address may be queried, so no query ever leaves the machine. Its
 * socket buffers are 4 MB, so that a burst of queries (the benchmark sends 512 at once) is not
 * dropped.
 */
public final class UnboundServer implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(10);
    private static final int START_TRIES = 3;

    private final Process process;
    private final int port;
    private final Path log;

    private UnboundServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The unbound binary on PATH or in /usr/sbin (where Debian puts it), if installed. */
    public static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Stream.of(path.split(File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, "unbound"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts {@code binary} in {@code dir} serving {@code zones} (each zone's origin, such as
     * "test.", and its zone file's text), checks the configuration with
     * {@code unbound-checkconf}, and returns once the server answers an A query for
     * {@code probe} (within 10 seconds).
     */
    public static UnboundServer start(Path binary, Path dir, Map<String, String> zones, String probe)
            throws IOException, InterruptedException {
        IOException last = null;
        for (int i = 0; i < START_TRIES; i++) { // another process may take the free port first
            int port = freePort();
            Path conf = writeConf(dir, port, zones);
            checkConf(binary, conf);
            Path log = dir.resolve("unbound.log");
            Process p = new ProcessBuilder(binary.toString(), "-d", "-c", conf.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("unbound.out").toFile())
                    .start();
            UnboundServer server = new UnboundServer(p, port, log);
            try {
                server.awaitAnswer(probe);
                return server;
            } catch (IOException e) {
                server.close();
                last = e;
            }
        }
        throw last;
    }

    /** The port the server listens on, UDP and TCP, on 127.0.0.1 (and ::1 where it exists). */
    public int port() {
        return port;
    }

    private static boolean ipv6Loopback() {
        try (DatagramChannel c = DatagramChannel.open()) {
            c.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A port free for TCP and UDP on 127.0.0.1 now. */
    private static int freePort() throws IOException {
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 20; i++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, lo); DatagramChannel udp = DatagramChannel.open()) {
                udp.bind(new InetSocketAddress(lo, tcp.getLocalPort()));
                return tcp.getLocalPort();
            } catch (IOException e) {
                // the UDP port was taken: try another
            }
        }
        throw new IOException("no port free for both TCP and UDP on 127.0.0.1");
    }

    private static Path writeConf(Path dir, int port, Map<String, String> zones) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "server:",
                "    interface: 127.0.0.1"));
        if (ipv6Loopback()) {
            lines.add("    interface: ::1");
        }
        lines.addAll(List.of(
                "    port: " + port,
                "    do-daemonize: no",
                "    chroot: \"\"",
                "    username: \"\"",
                "    directory: \"" + dir + "\"",
                "    pidfile: \"" + dir.resolve("unbound.pid") + "\"",
                "    use-syslog: no",
                "    logfile: \"" + dir.resolve("unbound.log") + "\"",
                "    verbosity: 1",
                "    num-threads: 1",
                "    so-rcvbuf: 4m",
                "    so-sndbuf: 4m",
                "    do-not-query-localhost: yes",
                // never recurse: every name outside the local zones is refused, and no address may be asked
                "    do-not-query-address: 0.0.0.0/0",
                "    do-not-query-address: ::/0",
                "    local-zone: \".\" refuse"));
        int n = 0;
        List<String> auth = new ArrayList<>();
        for (Map.Entry<String, String> zone : zones.entrySet()) {
            Path file = dir.resolve("zone" + n++ + ".txt");
            Files.writeString(file, zone.getValue());
            lines.add("    local-zone: \"" + zone.getKey() + "\" transparent"); // on to the zone below
            auth.addAll(List.of("auth-zone:", "    name: \"" + zone.getKey() + "\"", "    zonefile: \"" + file + "\"",
                    "    for-downstream: yes", "    for-upstream: no", "    fallback-enabled: no"));
        }
        lines.addAll(auth);
        lines.addAll(List.of("remote-control:", "    control-enable: no"));
        Path conf = dir.resolve("unbound.conf");
        Files.write(conf, lines, StandardCharsets.UTF_8);
        return conf;
    }

    /** Runs unbound-checkconf beside {@code binary} on {@code conf}; an IOException with its output if it objects. */
    private static void checkConf(Path binary, Path conf) throws IOException, InterruptedException {
        Path check = binary.resolveSibling("unbound-checkconf");
        Process p = new ProcessBuilder(check.toString(), conf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("unbound-checkconf did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("unbound-checkconf: " + out.strip());
        }
    }

    /** Asks for {@code name}'s A record until the server answers or {@link #READY} has passed. */
    private void awaitAnswer(String name) throws IOException, InterruptedException {
        Message query = Message.newQuery(Record.newRecord(Name.fromString(name), Type.A, DClass.IN));
        byte[] wire = query.toWire();
        long end = System.nanoTime() + READY.toNanos();
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            s.setSoTimeout(100);
            InetSocketAddress to = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port);
            byte[] in = new byte[4096];
            while (System.nanoTime() < end) {
                if (!process.isAlive()) {
                    throw new IOException("unbound exited with " + process.exitValue() + ": " + logText());
                }
                s.send(new DatagramPacket(wire, wire.length, to));
                DatagramPacket answer = new DatagramPacket(in, in.length);
                try {
                    s.receive(answer);
                } catch (SocketTimeoutException e) {
                    continue; // not listening yet
                }
                if (new Message(Arrays.copyOf(in, answer.getLength())).getHeader().getID() == query.getHeader().getID()) {
                    return;
                }
            }
        }
        throw new IOException("unbound did not answer within " + READY + ": " + logText());
    }

    private String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log).strip() : "(no log)";
    }

    /** Stops the server (SIGTERM, then SIGKILL after 5 seconds) and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
