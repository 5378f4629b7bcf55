package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.api.DNSException;
import net.api.IP;
import net.api.IPAddr;
import net.api.spi.ResolverOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Go's merging of concurrent address lookups (lookupIPAddr's singleflight group and context handling). */
class LookupGroupTest {

    private static final List<IPAddr> ANSWER = List.of(new IPAddr(IP.v4(192, 0, 2, 1)));
    private static final long WAIT_SECONDS = 10;

    private final FakeResolverProvider fake = new FakeResolverProvider("go");
    private final Lookups lookups = new Lookups(FakeResolverProvider.router(fake), ResolverOptions.DEFAULT,
            () -> Services.load(Path.of("no-such-file")), () -> Protocols.load(Path.of("no-such-file")));
    private final CountDownLatch release = new CountDownLatch(1);

    LookupGroupTest() {
        fake.addrs = ANSWER;
        fake.release = release;
    }

    @AfterEach
    void releaseTheLookup() {
        release.countDown();
    }

    private CompletableFuture<List<IPAddr>> lookupInBackground(String network, Instant deadline) {
        CompletableFuture<List<IPAddr>> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(lookups.lookupIPAddr(network, "example.com", deadline));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Waits (boundedly) until {@code thread} is parked, as a caller waiting for a shared lookup is. */
    private static void awaitParked(Thread thread) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < end, "caller never waited");
            Thread.sleep(5);
        }
    }

    @Test
    void concurrentLookupsShareOneAnswer() throws Exception {
        CompletableFuture<List<IPAddr>> first = lookupInBackground("ip", null);
        assertTrue(fake.waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CompletableFuture<List<IPAddr>> second = new CompletableFuture<>();
        Thread secondCaller = Thread.ofVirtual().start(() -> {
            try {
                second.complete(lookups.lookupIPAddr("ip", "example.com", null));
            } catch (IOException e) {
                second.completeExceptionally(e);
            }
        });
        awaitParked(secondCaller);
        release.countDown();
        assertEquals(ANSWER, first.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(ANSWER, second.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of("lookupIPAddr ip example.com"), fake.asked);
    }

    @Test
    void lookupsOfAnotherResolverAreNotMerged() throws Exception {
        // Go keeps the group in the Resolver: a Resolver with its own Dial never gets this one's answer
        // (Go's TestConcurrentPreferGoResolversDial: two Resolvers looking up one name both dial).
        ResolverOptions strict = new ResolverOptions(true, (network, address, deadline) -> {
            throw new IOException("not dialed: the fake module answers");
        });
        Lookups other = new Lookups(FakeResolverProvider.router(fake), strict,
                () -> Services.load(Path.of("no-such-file")), () -> Protocols.load(Path.of("no-such-file")));
        CompletableFuture<List<IPAddr>> first = lookupInBackground("ip", null);
        assertTrue(fake.waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CompletableFuture<List<IPAddr>> second = CompletableFuture.supplyAsync(() -> {
            try {
                return other.lookupIPAddr("ip", "example.com", null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (fake.asked.size() < 2) {
            assertTrue(System.nanoTime() < end, "the other Resolver's lookup never reached the module");
            Thread.sleep(5);
        }
        release.countDown();
        assertEquals(ANSWER, first.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(ANSWER, second.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of("lookupIPAddr ip example.com", "lookupIPAddr ip example.com"), fake.asked);
        assertEquals(Set.of(ResolverOptions.DEFAULT, strict), Set.copyOf(fake.optionsGiven));
    }

    @Test
    void finishedLookupsAreNotCached() throws IOException {
        release.countDown();
        lookups.lookupIPAddr("ip", "example.com", null);
        lookups.lookupIPAddr("ip", "example.com", null);
        assertEquals(2, fake.asked.size());
    }

    @Test
    void aDeadlineEndsTheWaitAndTheLoneLookup() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMillis(100));
        DNSException e = assertThrows(DNSException.class, () -> lookups.lookupIPAddr("ip", "example.com", deadline));
        assertEquals("lookup example.com: i/o timeout", e.getMessage());
        assertTrue(e.timeout());
        assertTrue(fake.interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS), "lookup was not interrupted");
    }

    @Test
    void aPastDeadlineAsksNothing() {
        DNSException e = assertThrows(DNSException.class,
                () -> lookups.lookupIPAddr("ip", "example.com", Instant.now().minusSeconds(1)));
        assertTrue(e.timeout());
        assertEquals(List.of(), fake.asked);
    }

    @Test
    void aSharedLookupOutlivesACallerThatLeaves() throws Exception {
        CompletableFuture<List<IPAddr>> patient = lookupInBackground("ip", null);
        assertTrue(fake.waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        Instant deadline = Instant.now().plus(Duration.ofMillis(50));
        assertThrows(DNSException.class, () -> lookups.lookupIPAddr("ip", "example.com", deadline));
        release.countDown();
        assertEquals(ANSWER, patient.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, fake.interrupted.getCount(), "shared lookup was interrupted");
        assertEquals(1, fake.asked.size());
    }

    @Test
    void anInterruptedCallerGetsAnInterruptedIOException() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> stillInterrupted = new CompletableFuture<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                lookups.lookupIPAddr("ip", "example.com", null);
                failure.complete(null);
            } catch (IOException e) {
                failure.complete(e);
            }
            stillInterrupted.complete(Thread.currentThread().isInterrupted());
        });
        assertTrue(fake.waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        awaitParked(caller);
        caller.interrupt();
        Throwable e = failure.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(InterruptedIOException.class, e.getClass());
        assertEquals("lookup example.com: interrupted", e.getMessage());
        assertTrue(stillInterrupted.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(fake.interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS), "lone lookup was not interrupted");
    }

    @Test
    void differentNetworksAreNotMerged() throws Exception {
        CompletableFuture<List<IPAddr>> any = lookupInBackground("ip", null);
        assertTrue(fake.waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        fake.release = null;
        assertEquals(ANSWER, lookups.lookupIPAddr("tcp4", "example.com", null));
        release.countDown();
        assertEquals(ANSWER, any.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of("lookupIPAddr ip example.com", "lookupIPAddr ip4 example.com"), fake.asked);
    }
}
