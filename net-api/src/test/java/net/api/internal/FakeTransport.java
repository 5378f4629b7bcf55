package net.api.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import net.api.Addr;
import net.api.Conn;
import net.api.Listener;
import net.api.PacketConn;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.api.spi.TransportProvider;

/**
 * A transport that sends nothing anywhere: each remote address is told how to behave, and the
 * transport counts the sockets it holds (a dial in progress or a connection not yet closed),
 * so that a test can check that nothing is left open.
 */
class FakeTransport implements TransportProvider {

    /** How a dial of an address behaves. */
    enum Behaviour {
        /** Connects at once. */
        CONNECT,
        /** Fails at once with a refusal. */
        REFUSE,
        /** Never answers: waits for its deadline (then times out) or an interrupt (then gives up and closes). */
        HANG,
        /** Waits until two dials are in progress, then connects, ignoring interrupts (Go's spurious connection). */
        CONNECT_WHEN_BOTH_DIAL
    }

    private final Map<Addr, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Behaviour otherwise;
    private final AtomicInteger openSockets = new AtomicInteger();
    private final AtomicInteger activeDials = new AtomicInteger();
    private final CountDownLatch bothDialing = new CountDownLatch(2);
    final List<DialRequest> dials = new CopyOnWriteArrayList<>();
    final List<ListenRequest> listens = new CopyOnWriteArrayList<>();
    /** The error each refused address got, by address. */
    final Map<Addr, IOException> refusals = new ConcurrentHashMap<>();

    FakeTransport(Behaviour otherwise) {
        this.otherwise = otherwise;
    }

    FakeTransport with(Addr addr, Behaviour b) {
        behaviours.put(addr, b);
        return this;
    }

    FakeTransport withAll(List<Addr> addrs, Behaviour b) {
        addrs.forEach(a -> with(a, b));
        return this;
    }

    int openSockets() {
        return openSockets.get();
    }

    int activeDials() {
        return activeDials.get();
    }

    void socketClosed() {
        openSockets.decrementAndGet();
    }

    @Override
    public Set<String> networks() {
        return Set.of("tcp", "tcp4", "tcp6", "udp", "udp4", "udp6");
    }

    @Override
    public Conn dial(DialRequest r) throws IOException {
        dials.add(r);
        activeDials.incrementAndGet();
        openSockets.incrementAndGet();
        try {
            Behaviour b = behaviours.getOrDefault(r.remote(), otherwise);
            switch (b) {
                case CONNECT -> {
                    return new FakeConn(this, r.remote());
                }
                case REFUSE -> {
                    openSockets.decrementAndGet();
                    IOException e = new IOException("connect: connection refused");
                    refusals.put(r.remote(), e);
                    throw e;
                }
                case HANG -> {
                    hang(r.deadline());
                    throw new AssertionError("unreachable");
                }
                default -> {
                    bothDialing.countDown();
                    awaitUninterruptibly();
                    return new FakeConn(this, r.remote());
                }
            }
        } finally {
            activeDials.decrementAndGet();
        }
    }

    private void hang(Instant deadline) throws IOException {
        try {
            while (deadline == null || Instant.now().isBefore(deadline)) {
                Thread.sleep(deadline == null ? Duration.ofSeconds(1)
                        : Duration.between(Instant.now(), deadline).plusMillis(1));
            }
        } catch (InterruptedException e) {
            openSockets.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        openSockets.decrementAndGet();
        throw new SocketTimeoutException("i/o timeout");
    }

    private void awaitUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                bothDialing.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Listener listen(ListenRequest request) throws IOException {
        listens.add(request);
        throw new IOException("bind: fake");
    }

    @Override
    public PacketConn listenPacket(ListenRequest request) throws IOException {
        listens.add(request);
        throw new IOException("bind: fake");
    }
}
