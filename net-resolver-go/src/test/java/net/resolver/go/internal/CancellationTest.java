package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.api.DNSException;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ending a lookup early: an interrupt of the waiting thread (Java's counterpart of a cancelled
 * context) and the lookup's deadline. Either way every connection is closed when the lookup
 * returns. The bounds are generous: the server never answers and the resolver's own timeout is
 * 30 seconds, so only the interrupt or the deadline can end the lookup in time.
 */
class CancellationTest {

    @TempDir
    Path dir;

    private static void awaitQueries(FakeDnsServer server, int n) throws InterruptedException {
        for (int i = 0; i < 1000 && server.queries().size() < n; i++) {
            Thread.sleep(10);
        }
        assertTrue(server.queries().size() >= n, "the server got " + server.queries().size() + " queries");
    }

    /** A lookup to run on a thread of its own. */
    @FunctionalInterface
    private interface Lookup {
        void run() throws IOException;
    }

    /** How an interrupted lookup ended: its error, and whether its thread was still interrupted. */
    private record Interrupted(Throwable error, boolean stillInterrupted) {
    }

    /** Runs {@code lookup} on a virtual thread and interrupts it once the server has {@code queries} queries. */
    private static Interrupted interruptAfter(FakeDnsServer server, int queries, Lookup lookup) throws Exception {
        CompletableFuture<Interrupted> outcome = new CompletableFuture<>();
        Thread t = Thread.ofVirtual().start(() -> {
            Throwable error = null;
            try {
                lookup.run();
            } catch (Throwable e) {
                error = e;
            }
            outcome.complete(new Interrupted(error, Thread.currentThread().isInterrupted()));
        });
        awaitQueries(server, queries);
        t.interrupt();
        return outcome.get(10, TimeUnit.SECONDS);
    }

    @Test
    void interruptEndsQueriesOnThreadsOfTheirOwnAndClosesEverySocket() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            // rotate over two servers: A and AAAA start at different servers, so each has a thread
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "nameserver 127.0.0.1",
                    "options timeout:30 rotate");
            ResolverProvider p = f.provider(server);
            Interrupted outcome = interruptAfter(server, 2, () -> p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            InterruptedIOException ie = assertInstanceOf(InterruptedIOException.class, outcome.error());
            assertEquals("lookup www.example.: interrupted", ie.getMessage(), "the waiting thread was interrupted, not a read");
            assertTrue(outcome.stillInterrupted(), "the interrupt status is kept");
            assertEquals(0, f.dialer().open(), "no connection outlives the lookup");
            assertEquals(2, f.dialer().dials().size(), "one socket per query");
        }
    }

    @Test
    void interruptEndsParallelQueriesAndClosesEverySocket() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:30");
            ResolverProvider p = f.provider(server);
            Interrupted outcome = interruptAfter(server, 2, () -> p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, null));
            InterruptedIOException ie = assertInstanceOf(InterruptedIOException.class, outcome.error());
            assertTrue(ie.getMessage().endsWith(": interrupted"), ie.getMessage());
            assertTrue(outcome.stillInterrupted(), "the interrupt status is kept");
            assertEquals(0, f.dialer().open(), "no connection outlives the lookup");
        }
    }

    @Test
    void interruptEndsSequentialQueries() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:30 single-request");
            ResolverProvider p = f.provider(server);
            assertInstanceOf(InterruptedIOException.class, interruptAfter(server, 1, () -> p.lookupMX("example.", ResolverOptions.DEFAULT, null)).error());
            assertEquals(1, server.queries().size(), "no other server or attempt is tried");
            assertEquals(0, f.dialer().open());
        }
    }

    @Test
    void deadlineEndsTheLookupWithATimeout() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:30");
            ResolverProvider p = f.provider(server);
            Instant deadline = Instant.now().plus(Duration.ofMillis(300));
            CompletableFuture<DNSException> outcome = CompletableFuture.supplyAsync(
                    () -> assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, ResolverOptions.DEFAULT, deadline)));
            DNSException e = outcome.get(10, TimeUnit.SECONDS);
            assertTrue(e.timeout(), e.getMessage());
            assertTrue(e.err().endsWith("i/o timeout"), e.err());
            assertEquals("www.example.", e.name());
            assertEquals(0, f.dialer().open());
        }
    }

    @Test
    void passedDeadlineDialsNothingUseful() throws IOException {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir);
            ResolverProvider p = f.provider(server);
            DNSException e = assertThrows(DNSException.class,
                    () -> p.lookupTXT("www.example.", ResolverOptions.DEFAULT, Instant.now().minusSeconds(1)));
            assertTrue(e.timeout());
            assertTrue(e.err().startsWith("dial udp "), e.err());
            assertEquals(0, server.queries().size());
        }
    }
}
