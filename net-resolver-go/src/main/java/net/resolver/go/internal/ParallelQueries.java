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
 * lookup), as Go's {@code goLookupIPCNAMEOrder} sends them: all at once, the results taken in the
 * order they arrive; or one after the other, in the order of the types, with
 * {@code options single-request}. "At once" is, where it can be, one socket that sends every
 * query and takes the replies as they come, as glibc does (no thread per query, and one socket
 * instead of several); else, and for the types whose first server did not settle them, a virtual
 * thread per type. Interrupting the waiting thread interrupts the queries and waits for them to
 * end, so that no connection outlives the lookup.
 */
final class ParallelQueries {

    /** The outcome of one query: the reply, or the DNS error of {@link DnsClient#tryOneName}. */
    record Result(int qtype, DnsClient.Reply reply, DNSException error) {
    }

    /** What a {@link Task} runs: Go's {@code tryOneName} for one type, or the rest of it. */
    @FunctionalInterface
    interface Search {
        DnsClient.Reply reply() throws IOException;
    }

    /** The search of one name for one record type, to be run. */
    record Task(String name, int qtype, Search search) {

        /** Runs the search: its reply, or the DNS error it ended with; other errors are thrown. */
        Result run() throws IOException {
            try {
                return new Result(qtype, search.reply(), null);
            } catch (DNSException e) {
                return new Result(qtype, null, e);
            }
        }
    }

    /** Runs tasks and returns their results in the order they end. */
    @FunctionalInterface
    interface Runner {
        List<Result> run(List<Task> tasks) throws IOException;
    }

    /** A query's outcome as its thread hands it over: a result, or what must end the lookup. */
    private record Outcome(Result result, Throwable abort) {
    }

    private final DnsClient client;

    ParallelQueries(DnsClient client) {
        this.client = client;
    }

    /**
     * The result of each query of {@code fqdn}, one per type in {@code qtypes}: one after the
     * other with {@code single-request}; else all at once, from one socket where
     * {@link DnsClient#asksTogether} allows it, on a thread each where it does not.
     */
    List<Result> query(ResolvConf cfg, String fqdn, List<Integer> qtypes, Instant deadline) throws IOException {
        if (!cfg.singleRequest() && qtypes.size() > 1 && client.asksTogether(cfg)) {
            return client.tryOneNameTogether(cfg, fqdn, qtypes, deadline, this::inParallel);
        }
        List<Task> tasks = new ArrayList<>(qtypes.size());
        for (int qtype : qtypes) {
            tasks.add(new Task(fqdn, qtype, () -> client.tryOneName(cfg, fqdn, qtype, deadline)));
        }
        return cfg.singleRequest() ? inTurn(tasks) : inParallel(tasks);
    }

    /** Runs the tasks one after the other, in their order. */
    private static List<Result> inTurn(List<Task> tasks) throws IOException {
        List<Result> results = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            results.add(t.run());
        }
        return results;
    }

    /** Runs the tasks at once, each on a virtual thread of its own (a lone task on this thread). */
    private List<Result> inParallel(List<Task> tasks) throws IOException {
        if (tasks.size() <= 1) {
            return inTurn(tasks);
        }
        BlockingQueue<Outcome> lane = new LinkedBlockingQueue<>();
        List<Thread> threads = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            threads.add(Thread.ofVirtual().name("net-dns-" + t.qtype()).start(() -> lane.add(outcome(t))));
        }
        List<Result> results = new ArrayList<>(tasks.size());
        try {
            for (int i = 0; i < tasks.size(); i++) {
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
            throw Interrupts.interrupted(tasks.get(0).name(), e);
        }
        return results;
    }

    private static Outcome outcome(Task t) {
        try {
            return new Outcome(t.run(), null);
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
