package net.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import net.api.IP;
import net.api.UDPAddr;
import net.udp.UDPConn;

/**
 * UDP request/response on loopback: 64-byte datagrams between N clients (connected sockets,
 * one virtual thread each, one request outstanding) and one echo server (one virtual thread),
 * in round trips per second, gonet's {@link UDPConn} against the JDK's blocking
 * {@link DatagramChannel} on virtual threads, in the same run. Prints one line per client
 * count with both rates and their ratio.
 *
 * <p>Run: {@code tools/mvn -q -pl net-bench -am package -DskipTests && java -p
 * net-bench/target/lib:net-bench/target/classes -m net.bench/net.bench.UdpPingPong [seconds]}
 * (seconds measured per case, default 3, after a 1 s warm-up).
 */
public final class UdpPingPong {

    private static final int SIZE = 64;
    private static final int[] CLIENTS = {1, 16};
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private UdpPingPong() {
    }

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3);
        for (int clients : CLIENTS) {
            double jdk = run(new JdkSide(), clients, measure);
            double ours = run(new GonetSide(), clients, measure);
            System.out.printf(Locale.ROOT, "udp ping-pong %dB, %2d client(s): gonet %,.0f rt/s, jdk %,.0f rt/s, ratio %.2f%n",
                    SIZE, clients, ours, jdk, ours / jdk);
        }
    }

    /** One implementation: an echo server and connected clients on loopback. */
    private interface Side {
        /** Starts the echo server; returns its port. */
        int serve(AtomicBoolean stop) throws IOException;

        /** A client connected to the server: one call is one round trip. */
        Client client(int port) throws IOException;

        /** Closes the server. */
        void stop() throws IOException;
    }

    /** A client socket. */
    private interface Client extends AutoCloseable {
        void roundTrip() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Runs {@code clients} clients against {@code side}'s server; round trips per second. */
    private static double run(Side side, int clients, Duration measure) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        int port = side.serve(stop);
        LongAdder count = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean();
        List<Client> sockets = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client c = side.client(port);
            sockets.add(c);
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    while (!stop.get()) {
                        c.roundTrip();
                        if (counting.get()) {
                            count.increment();
                        }
                    }
                } catch (IOException e) {
                    if (!stop.get()) {
                        System.err.println("client failed: " + e);
                    }
                }
            }));
        }
        Thread.sleep(WARM_UP);
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(measure);
        long n = count.sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Client c : sockets) {
            c.close(); // unblocks a client whose datagram was lost
        }
        side.stop();
        for (Thread t : threads) {
            t.join();
        }
        return n / seconds;
    }

    /** A buffer operation of a socket: a write or a read. */
    private interface BufferIo {
        void apply(ByteBuffer b) throws IOException;
    }

    /** A client that sends a {@value #SIZE}-byte request with {@code write} and reads the answer with {@code read}. */
    private static Client pingClient(Closeable socket, BufferIo write, BufferIo read) {
        ByteBuffer req = ByteBuffer.allocateDirect(SIZE);
        ByteBuffer resp = ByteBuffer.allocateDirect(2048);
        return new Client() {
            @Override
            public void roundTrip() throws IOException {
                req.clear();
                write.apply(req);
                resp.clear();
                read.apply(resp);
            }

            @Override
            public void close() throws IOException {
                socket.close();
            }
        };
    }

    private static Thread echoThread(AtomicBoolean stop, Echo echo) {
        return Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    echo.once();
                }
            } catch (IOException e) {
                if (!stop.get()) {
                    System.err.println("server failed: " + e);
                }
            }
        });
    }

    /** One echo of the server. */
    private interface Echo {
        void once() throws IOException;
    }

    /** gonet's UDPConn: listenUDP and dialUDP on 127.0.0.1. */
    private static final class GonetSide implements Side {
        private static final IP LOOPBACK = IP.of(new byte[] {127, 0, 0, 1});
        private UDPConn server;

        @Override
        public int serve(AtomicBoolean stop) throws IOException {
            server = UDPConn.listenUDP("udp4", new UDPAddr(LOOPBACK, 0));
            ByteBuffer b = ByteBuffer.allocateDirect(2048);
            echoThread(stop, () -> {
                b.clear();
                UDPAddr from = server.readFromUDP(b);
                b.flip();
                server.writeToUDP(b, from);
            });
            return server.localAddr().port();
        }

        @Override
        public Client client(int port) throws IOException {
            UDPConn c = UDPConn.dialUDP("udp4", null, new UDPAddr(LOOPBACK, port));
            return pingClient(c, c::write, c::read);
        }

        @Override
        public void stop() throws IOException {
            server.close();
        }
    }

    /** The JDK's DatagramChannel in blocking mode, on virtual threads. */
    private static final class JdkSide implements Side {
        private DatagramChannel server;

        @Override
        public int serve(AtomicBoolean stop) throws IOException {
            server = DatagramChannel.open(StandardProtocolFamily.INET);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ByteBuffer b = ByteBuffer.allocateDirect(2048);
            echoThread(stop, () -> {
                b.clear();
                SocketAddress from = server.receive(b);
                b.flip();
                server.send(b, from);
            });
            return ((InetSocketAddress) server.getLocalAddress()).getPort();
        }

        @Override
        public Client client(int port) throws IOException {
            DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET);
            c.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return pingClient(c, c::write, c::read);
        }

        @Override
        public void stop() throws IOException {
            server.close();
        }
    }
}
