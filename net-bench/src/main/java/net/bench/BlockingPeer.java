package net.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The three TCP workloads written plainly for blocking sockets on virtual threads: one thread
 * per connection on each side. Runs over our library or the JDK's channels alike.
 */
final class BlockingPeer implements TcpPeer {

    private final Sockets sockets;

    BlockingPeer(Sockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public String name() {
        return sockets.name();
    }

    /** What a server does with one accepted connection. */
    private interface Handler {
        void serve(Sockets.Stream s) throws IOException;
    }

    /** A listener serving each accepted connection on its own virtual thread, until closed. */
    private final class Server implements AutoCloseable {
        private final Sockets.ServerEnd end;
        private final Thread acceptor;

        Server(Handler h) throws IOException {
            end = sockets.listen();
            acceptor = Thread.ofVirtual().start(() -> {
                while (true) {
                    Sockets.Stream s;
                    try {
                        s = end.accept();
                    } catch (IOException e) {
                        return; // closed
                    }
                    Thread.ofVirtual().start(() -> {
                        try (s) {
                            h.serve(s);
                        } catch (IOException e) {
                            // the peer went away: the end of this connection
                        }
                    });
                }
            });
        }

        String address() {
            return end.address();
        }

        @Override
        public void close() throws Exception {
            end.close();
            acceptor.join();
        }
    }

    @Override
    public long pingPong(int conns, int size, Duration d) throws Exception {
        try (Server server = new Server(s -> {
            ByteBuffer b = ByteBuffer.allocateDirect(size);
            while (readFully(s, b.clear())) {
                s.write(b.flip());
            }
        })) {
            LongAdder trips = new LongAdder();
            Deadline end = Deadline.after(d);
            runAll(conns, () -> {
                try (Sockets.Stream s = sockets.dial(server.address())) {
                    ByteBuffer b = ByteBuffer.allocateDirect(size);
                    while (!end.passed()) {
                        s.write(b.clear());
                        readFully(s, b.clear());
                        trips.increment();
                    }
                }
            });
            return trips.sum();
        }
    }

    @Override
    public long bulk(int chunk, Duration d) throws Exception {
        try (Server server = new Server(s -> {
            ByteBuffer b = ByteBuffer.allocateDirect(chunk);
            while (s.read(b.clear()) >= 0) {
                // discard
            }
        })) {
            long bytes = 0;
            Deadline end = Deadline.after(d);
            try (Sockets.Stream s = sockets.dial(server.address())) {
                ByteBuffer b = ByteBuffer.allocateDirect(chunk);
                while (!end.passed()) {
                    s.write(b.clear());
                    bytes += chunk;
                }
            }
            return bytes;
        }
    }

    @Override
    public long connectCycles(int dialers, Duration d) throws Exception {
        // The server waits for the dialer's reset: closing first would leave a TIME_WAIT per cycle.
        try (Server server = new Server(s -> {
            while (s.read(ByteBuffer.allocate(1)) >= 0) {
                // nothing comes
            }
        })) {
            LongAdder cycles = new LongAdder();
            Deadline end = Deadline.after(d);
            runAll(dialers, () -> {
                while (!end.passed()) {
                    sockets.dial(server.address()).abort();
                    cycles.increment();
                }
            });
            return cycles.sum();
        }
    }

    @Override
    public void close() {
    }

    private static boolean readFully(Sockets.Stream s, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (s.read(b) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A body that may throw, run on its own virtual thread. */
    private interface Body {
        void run() throws Exception;
    }

    /** Runs {@code n} copies of {@code body} on virtual threads and waits for all; the first failure is thrown. */
    private static void runAll(int n, Body body) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a benchmark connection failed", failures.get(0));
        }
    }
}
