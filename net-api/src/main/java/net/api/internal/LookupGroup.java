package net.api.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.api.DNSException;
import net.api.IPAddr;

/**
 * Address lookups of the same name merged into one, as Go's {@code lookupIPAddr} does with its
 * {@code singleflight.Group}: callers asking for the same key while a lookup runs share its answer.
 * The lookup runs on a virtual thread of its own, without a deadline, so that one caller's deadline
 * or interrupt does not fail the others: such a caller stops waiting, and the lookup is interrupted
 * only if no caller is left waiting for it.
 *
 * <p>As in Go, where the group is a field of the {@code Resolver} and its key is only the network
 * and the host, a group serves one Resolver: lookups of one Resolver share, lookups of two
 * Resolvers never do, so a lookup never gets an answer obtained with another {@code Dial} or
 * {@code StrictErrors}; the {@code Net} functions all use {@link net.api.Resolver#DEFAULT}'s.
 */
final class LookupGroup {

    /** A lookup to run on the group's thread. */
    interface Lookup {
        List<IPAddr> run() throws IOException;
    }

    /** One running lookup and the number of callers waiting for it; guarded by the group. */
    private static final class Call {
        final CompletableFuture<List<IPAddr>> answer = new CompletableFuture<>();
        Thread thread;
        int waiting;
    }

    private final Map<String, Call> calls = new HashMap<>();

    /**
     * The answer of {@code lookup} for {@code key}, run now or shared with a caller that already
     * runs it. A {@code deadline} that passes first is Go's {@code lookup HOST: i/o timeout}; an
     * interrupt of the caller is an {@link InterruptedIOException}, the interrupt status kept.
     */
    List<IPAddr> lookup(String key, String host, Instant deadline, Lookup lookup) throws IOException {
        if (deadline != null && !Instant.now().isBefore(deadline)) {
            throw timeout(host);
        }
        Call call = join(key, lookup);
        try {
            if (deadline == null) {
                return call.answer.get();
            }
            long nanos = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
            return call.answer.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            leave(key, call);
            throw timeout(host);
        } catch (InterruptedException e) {
            leave(key, call);
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("lookup " + host + ": interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    /** The call running for {@code key}, started now if there is none, with this caller counted. */
    private synchronized Call join(String key, Lookup lookup) {
        Call call = calls.get(key);
        if (call == null) {
            Call started = new Call();
            calls.put(key, started);
            started.thread = Thread.ofVirtual().name("net-lookup").start(() -> run(key, started, lookup));
            call = started;
        }
        call.waiting++;
        return call;
    }

    /** Runs the lookup; the key is forgotten before anyone sees the answer, so no answer is reused later. */
    private void run(String key, Call call, Lookup lookup) {
        try {
            List<IPAddr> answer = lookup.run();
            forget(key, call);
            call.answer.complete(answer);
        } catch (IOException | RuntimeException | Error e) {
            forget(key, call);
            call.answer.completeExceptionally(e);
        }
    }

    /** A caller stops waiting; the last one to go ends the lookup and lets the next caller start afresh. */
    private synchronized void leave(String key, Call call) {
        call.waiting--;
        if (call.waiting == 0 && !call.answer.isDone()) {
            forget(key, call);
            call.thread.interrupt();
        }
    }

    private synchronized void forget(String key, Call call) {
        calls.remove(key, call);
    }

    private static DNSException timeout(String host) {
        return new DNSException("i/o timeout", host, "", true, true, false);
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException e) {
            return e;
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) cause;
    }
}
