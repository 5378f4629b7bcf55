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

    @Test
    void interruptEndsParallelQueriesAndClosesEverySocket() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:30");
            ResolverProvider p = f.provider(server);
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, null);
                    outcome.complete(null);
                } catch (Throwable e) {
                    outcome.complete(e);
                }
                stillInterrupted.complete(Thread.currentThread().isInterrupted());
            });
            awaitQueries(server, 2);
            t.interrupt();
            Throwable e = outcome.get(10, TimeUnit.SECONDS);
            InterruptedIOException ie = assertInstanceOf(InterruptedIOException.class, e);
            assertEquals("lookup www.example.: interrupted", ie.getMessage());
            assertTrue(stillInterrupted.get(10, TimeUnit.SECONDS), "the interrupt status is kept");
            assertEquals(0, f.dialer().open(), "no connection outlives the lookup");
        }
    }

    @Test
    void interruptEndsSequentialQueries() throws Exception {
        try (FakeDnsServer server = FakeDnsServer.start(q -> FakeDnsServer.Response.silence())) {
            DnsFixture f = new DnsFixture(dir).resolvConf("nameserver 127.0.0.1", "options timeout:30 single-request");
            ResolverProvider p = f.provider(server);
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    p.lookupMX("example.", null);
                    outcome.complete(null);
                } catch (Throwable e) {
                    outcome.complete(e);
                }
            });
            awaitQueries(server, 1);
            t.interrupt();
            assertInstanceOf(InterruptedIOException.class, outcome.get(10, TimeUnit.SECONDS));
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
                    () -> assertThrows(DNSException.class, () -> p.lookupIPAddr("ip", "www.example.", LookupOrder.FILES_DNS, deadline)));
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
                    () -> p.lookupTXT("www.example.", Instant.now().minusSeconds(1)));
            assertTrue(e.timeout());
            assertTrue(e.err().startsWith("dial udp "), e.err());
            assertEquals(0, server.queries().size());
        }
    }
}
