package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import net.api.DNSException;

/**
 * The queries of one name for several record types (A and AAAA, and CNAME for a canonical-name
 * lookup), as Go's {@code goLookupIPCNAMEOrder} sends them: all at once, each on a virtual thread
 * of its own, the results taken in the order they arrive; or one after the other, in the order of
 * the types, with {@code options single-request}. Interrupting the waiting thread interrupts the
 * queries and waits for them to end, so that no connection outlives the lookup.
 */
final class ParallelQueries {

    /** The outcome of one query: the reply, or the DNS error of {@link DnsClient#tryOneName}. */
    record Result(int qtype, DnsClient.Reply reply, DNSException error) {
    }

    /** A query's outcome as its thread hands it over: a result, or what must end the lookup. */
    private record Outcome(Result result, Throwable abort) {
    }

    private final DnsClient client;

    ParallelQueries(DnsClient client) {
        this.client = client;
    }

    /** The result of each query of {@code fqdn}, one per type in {@code qtypes}. */
    List<Result> query(ResolvConf cfg, String fqdn, List<Integer> qtypes, Instant deadline) throws IOException {
        List<Result> results = new ArrayList<>(qtypes.size());
        if (cfg.singleRequest()) {
            for (int qtype : qtypes) {
                results.add(one(cfg, fqdn, qtype, deadline));
            }
            return results;
        }
        BlockingQueue<Outcome> lane = new LinkedBlockingQueue<>();
        List<Thread> threads = new ArrayList<>(qtypes.size());
        for (int qtype : qtypes) {
            threads.add(Thread.ofVirtual().name("net-dns-" + qtype).start(() -> lane.add(outcome(cfg, fqdn, qtype, deadline))));
        }
        try {
            for (int i = 0; i < qtypes.size(); i++) {
                Outcome o = lane.take();
                if (o.abort() != null) {
                    stop(threads);
                    throw rethrow(o.abort());
                }
                results.add(o.result());
            }
        } catch (InterruptedException e) {
            stop(threads);
            Thread.currentThread().interrupt();
            throw Interrupts.interrupted(fqdn, e);
        }
        return results;
    }

    private Result one(ResolvConf cfg, String fqdn, int qtype, Instant deadline) throws IOException {
        try {
            return new Result(qtype, client.tryOneName(cfg, fqdn, qtype, deadline), null);
        } catch (DNSException e) {
            return new Result(qtype, null, e);
        }
    }

    private Outcome outcome(ResolvConf cfg, String fqdn, int qtype, Instant deadline) {
        try {
            return new Outcome(one(cfg, fqdn, qtype, deadline), null);
        } catch (IOException | RuntimeException | Error e) {
            return new Outcome(null, e);
        }
    }

    /** An interrupt (or a bug) in a query thread, thrown again in the waiting one. */
    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException e) {
            return e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) t;
    }

    /** Interrupts every query and waits for each to end (each closes its own connection). */
    private static void stop(List<Thread> threads) {
        threads.forEach(Thread::interrupt);
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
