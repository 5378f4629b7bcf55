package net.resolver.go.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.api.Conn;
import net.api.ResolverDial;

/**
 * The module's own connected UDP sockets to name servers, for the queries a lookup sends together
 * ({@link DnsExchange#exchangeTogether}). Go opens a socket per query; this opens one per lookup,
 * as glibc does, and may let it serve a few lookups in a row: a socket whose lookup got every
 * reply goes idle for the next lookup to the same server, until it has served {@code uses}
 * lookups (then it is closed, and the next lookup gets a fresh socket, so a fresh random source
 * port) or has been idle for {@link #MAX_IDLE}. Opening, connecting and closing a socket costs
 * more than the queries it carries on loopback; the IDs stay random per query, and a socket
 * whose lookup ended otherwise (a timeout, an error, an interrupt) is closed at once, so no late
 * reply is ever waiting on an idle socket. With {@code uses} 1 every lookup has a socket of its
 * own, closed when it is done.
 *
 * <p>While sockets are idle, a virtual thread closes those idle for longer than
 * {@link #MAX_IDLE}, and ends when none is left: nothing stays open once lookups stop.
 */
final class UdpSockets {

    /** How many lookups one socket serves, at most, in the module's default configuration. */
    static final int DEFAULT_USES = 64;
    /** How long a socket may stay idle before it is closed. */
    static final Duration MAX_IDLE = Duration.ofSeconds(1);
    /** The most idle sockets kept, over all servers; one more is closed instead. */
    static final int MAX_IDLE_SOCKETS = 64;

    /** A socket lent to one lookup: the connection, its server, and the lookups it served before. */
    record Lease(Conn conn, String server, int served) {
    }

    /** An idle socket and since when ({@link System#nanoTime()}). */
    private record Idle(Lease lease, long since) {
    }

    private final ResolverDial dialer;
    private final int uses;
    private final Map<String, Deque<Idle>> idle = new ConcurrentHashMap<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicBoolean reaping = new AtomicBoolean();

    /**
     * @param dialer how to open a socket ("udp") to a server
     * @param uses how many lookups one socket serves at most, at least 1
     */
    UdpSockets(ResolverDial dialer, int uses) {
        if (uses < 1) {
            throw new IllegalArgumentException("uses " + uses + " is less than 1");
        }
        this.dialer = dialer;
        this.uses = uses;
    }

    /** How the sockets are opened, for what is not sent together (TCP, a single query). */
    ResolverDial dialer() {
        return dialer;
    }

    /**
     * A socket connected to {@code server} with {@code deadline} as its deadline: the one idle
     * the shortest time, else a fresh one.
     */
    Lease take(String server, Instant deadline) throws IOException {
        Deque<Idle> waiting = idle.get(server);
        Idle i = waiting == null ? null : waiting.pollFirst();
        if (i != null) {
            idleCount.decrementAndGet();
            try {
                i.lease().conn().setDeadline(deadline);
                return i.lease();
            } catch (IOException e) {
                closeQuietly(i.lease().conn());
            }
        }
        Conn c = DnsExchange.dial(dialer, "udp", server, deadline);
        return new Lease(c, server, 0);
    }

    /**
     * Gives back a socket once its lookup is over: kept idle if {@code clean} (every reply came,
     * nothing went wrong), it may serve more lookups and there is room; else closed.
     */
    void release(Lease lease, boolean clean) {
        int served = lease.served() + 1;
        if (!clean || served >= uses || !reserveIdleSlot()) {
            closeQuietly(lease.conn());
            return;
        }
        idle.computeIfAbsent(lease.server(), s -> new ConcurrentLinkedDeque<>())
                .offerFirst(new Idle(new Lease(lease.conn(), lease.server(), served), System.nanoTime()));
        if (reaping.compareAndSet(false, true)) {
            Thread.ofVirtual().name("net-dns-idle-sockets").start(this::reap);
        }
    }

    /** Counts one more idle socket, if there is room for it. */
    private boolean reserveIdleSlot() {
        if (idleCount.incrementAndGet() <= MAX_IDLE_SOCKETS) {
            return true;
        }
        idleCount.decrementAndGet();
        return false;
    }

    /** Closes the sockets idle too long, every {@link #MAX_IDLE}, until none is idle. */
    private void reap() {
        while (true) {
            try {
                Thread.sleep(MAX_IDLE);
            } catch (InterruptedException e) {
                // nothing interrupts this thread of the module's own; reap now
            }
            long now = System.nanoTime();
            for (Deque<Idle> waiting : idle.values()) {
                Idle oldest;
                while ((oldest = waiting.peekLast()) != null && now - oldest.since() >= MAX_IDLE.toNanos()) {
                    if (waiting.removeLastOccurrence(oldest)) {
                        idleCount.decrementAndGet();
                        closeQuietly(oldest.lease().conn());
                    }
                }
            }
            if (idleCount.get() == 0) {
                reaping.set(false);
                // a socket that went idle just now found the reaper still running: take it over
                if (idleCount.get() == 0 || !reaping.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // an idle socket holds nothing that could be lost
        }
    }
}
