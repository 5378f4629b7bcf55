package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import net.api.dnsname.DnsName;
import net.api.DNSException;
import net.api.NetError;
import net.api.OpError;
import net.api.spi.ResolverOptions;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;

/**
 * Asks DNS about one name and one record type, as Go's {@code Resolver.lookup} and
 * {@code tryOneName} ({@code dnsclient_unix.go}) do: each name of the search list in turn
 * ({@link NameList}), each one {@code attempts} times over every server, starting at a rotating
 * server with {@code options rotate}. NXDOMAIN and "no record of that type" end the search for
 * that name at once; timeouts, transport errors, SERVFAIL, other error codes and lame referrals
 * move on to the next server.
 */
final class DnsClient {

    /**
     * The reply that answered: the message, its answers from the first record of the type asked
     * for on, and the server that sent it ({@code ip:port}).
     */
    record Reply(Message message, List<Record> answers, String server) {
    }

    /**
     * How the module asks, beyond what resolv.conf and the Resolver say.
     *
     * @param edns0 whether queries carry an EDNS0 record (Go's {@code netedns0} setting, on unless "0")
     * @param serverPort the port to send queries to instead of the one resolv.conf implies (53),
     *     or 0 to keep it; resolv.conf cannot name a port, so tests use this to reach their own
     *     loopback server
     * @param socketUses how many lookups one of the module's own UDP sockets serves at most
     *     ({@link UdpSockets}); 1 gives every lookup a socket of its own
     */
    record Options(boolean edns0, int serverPort, int socketUses) {
    }

    private final DnsExchange exchange;
    private final RandomGenerator random;
    private final Options options;
    private final boolean strictErrors;
    private final AtomicInteger serverOffset;

    /**
     * A client for Go's zero {@code Resolver}: lax errors, queries sent through {@code exchange}.
     *
     * @param exchange how to ask one server
     * @param random the source of query IDs
     * @param options what resolv.conf does not say
     */
    DnsClient(DnsExchange exchange, RandomGenerator random, Options options) {
        this(exchange, random, options, false, new AtomicInteger());
    }

    private DnsClient(DnsExchange exchange, RandomGenerator random, Options options, boolean strictErrors,
            AtomicInteger serverOffset) {
        this.exchange = exchange;
        this.random = random;
        this.options = options;
        this.strictErrors = strictErrors;
        this.serverOffset = serverOffset;
    }

    /**
     * This client as the Resolver with {@code resolver}'s options asks: with its
     * {@code StrictErrors}, and through its {@code Dial} function when it has one (Go's
     * {@code Resolver.dial}), else through this client's dialer. The query IDs' source and the
     * {@code rotate} offset are shared, as Go's offset is shared by every Resolver.
     */
    DnsClient with(ResolverOptions resolver) {
        DnsExchange via = resolver.customDial() ? new DnsExchange(resolver.dial()) : exchange;
        return new DnsClient(via, random, options, resolver.strictErrors(), serverOffset);
    }

    /** Whether a temporary error ends a lookup (Go's {@code StrictErrors}). */
    boolean strictErrors() {
        return strictErrors;
    }

    /**
     * Go's {@code Resolver.lookup}: the first reply with a record of {@code qtype} for a name of
     * {@code name}'s search list; empty when the list is empty (a {@code .onion} name). A name
     * that is not a domain name is "no such host" without a query. An error names {@code name},
     * not the suffixed name that failed last.
     */
    Optional<Reply> lookup(ResolvConf cfg, String name, int qtype, Instant deadline) throws IOException {
        if (!DnsName.isDomainName(name)) {
            throw DnsFault.NO_SUCH_HOST.error(name, "");
        }
        DNSException last = null;
        for (String fqdn : NameList.of(name, cfg.ndots(), cfg.search())) {
            try {
                return Optional.of(tryOneName(cfg, fqdn, qtype, deadline));
            } catch (DNSException e) {
                last = e;
                if (e.temporary() && strictErrors) {
                    break;
                }
            }
        }
        if (last != null) {
            throw renamed(last, name);
        }
        return Optional.empty();
    }

    /**
     * Go's {@code tryOneName}: asks for the rooted {@code name} until a server answers; the last
     * error when none does.
     */
    Reply tryOneName(ResolvConf cfg, String name, int qtype, Instant deadline) throws IOException {
        return tryOneName(cfg, name, qtype, deadline, firstServer(cfg), 0, null);
    }

    /**
     * {@link #tryOneName} from its step {@code fromStep} on (step {@code k} asks server
     * {@code k % servers} of round {@code k / servers}, counted from {@code offset}), with
     * {@code last} the error of the step before, if any.
     */
    private Reply tryOneName(ResolvConf cfg, String name, int qtype, Instant deadline, int offset, int fromStep,
            DNSException last) throws IOException {
        for (int step = fromStep; step < cfg.attempts() * cfg.servers().size(); step++) {
            Interrupts.check(name);
            String server = server(cfg, offset, step);
            try {
                DnsWire.Query q = query(cfg, name, qtype);
                return reply(exchange.exchange(server, q, cfg.timeout(), cfg.useTCP(), deadline), qtype, server);
            } catch (IOException e) {
                last = stepError(e, name, server);
            }
        }
        throw last;
    }

    /**
     * Whether {@link #tryOneNameTogether} may ask for several types of a name at once: over UDP
     * through this module's own dialer, where every type starts at the same server (no
     * {@code options rotate} over several servers).
     */
    boolean asksTogether(ResolvConf cfg) {
        return exchange.sharesSockets() && !cfg.useTCP() && !(cfg.rotate() && cfg.servers().size() > 1);
    }

    /**
     * {@link #tryOneName} for each of {@code qtypes} at once, with the first step of all of them
     * sent together from one socket ({@link DnsExchange#exchangeTogether}); a type that its first
     * step does not settle goes on alone with the next steps, through {@code rest}. Only when
     * {@link #asksTogether} says so. The results come in the order the first step settled them.
     */
    List<ParallelQueries.Result> tryOneNameTogether(ResolvConf cfg, String name, List<Integer> qtypes,
            Instant deadline, ParallelQueries.Runner rest) throws IOException {
        Interrupts.check(name);
        for (int i = 0; i < qtypes.size() && cfg.rotate(); i++) {
            firstServer(cfg); // one server, but Go's offset moves once per type all the same
        }
        String server = server(cfg, 0, 0);
        List<ParallelQueries.Result> results = new ArrayList<>(qtypes.size());
        List<DnsWire.Query> queries = new ArrayList<>(qtypes.size());
        for (int qtype : qtypes) {
            try {
                queries.add(query(cfg, name, qtype));
            } catch (DnsFault.FaultException e) {
                results.add(new ParallelQueries.Result(qtype, null, e.fault().error(name, "")));
            }
        }
        if (queries.isEmpty()) {
            return results; // the name cannot be asked for: nothing to send
        }
        List<ParallelQueries.Task> unsettled = new ArrayList<>();
        for (DnsExchange.Outcome o : exchange.exchangeTogether(server, queries, cfg.timeout(), deadline)) {
            int qtype = o.query().type();
            IOException failed = o.error();
            if (failed == null) {
                try {
                    results.add(new ParallelQueries.Result(qtype, reply(o.reply(), qtype, server), null));
                    continue;
                } catch (IOException e) {
                    failed = e;
                }
            }
            try {
                DNSException first = stepError(failed, name, server);
                unsettled.add(new ParallelQueries.Task(name, qtype, () -> tryOneName(cfg, name, qtype, deadline, 0, 1, first)));
            } catch (DNSException settled) {
                results.add(new ParallelQueries.Result(qtype, null, settled));
            }
        }
        results.addAll(rest.run(unsettled));
        return results;
    }

    /** The server of step {@code step} of {@link #tryOneName}, with the module's port if it has one. */
    private String server(ResolvConf cfg, int offset, int step) {
        List<String> servers = cfg.servers();
        return withPort(servers.get((offset + step) % servers.size()));
    }

    /** Where {@link #tryOneName} starts in the server list: Go's rotating offset, or 0. */
    private int firstServer(ResolvConf cfg) {
        return cfg.rotate() ? Math.floorMod(serverOffset.getAndIncrement(), cfg.servers().size()) : 0;
    }

    private DnsWire.Query query(ResolvConf cfg, String name, int qtype) throws DnsFault.FaultException {
        return DnsWire.query(name, qtype, cfg.trustAD(), options.edns0(), random.nextInt(1 << 16));
    }

    /** A reply that answers, or the fault ({@code checkHeader}) that makes Go go on to the next server. */
    private static Reply reply(byte[] reply, int qtype, String server) throws IOException {
        Message m = DnsWire.parse(reply);
        DnsWire.checkHeader(m);
        return new Reply(m, DnsWire.answersFrom(m, qtype), server);
    }

    /**
     * The error of one step of {@link #tryOneName} at {@code server}, to try the next server
     * with; thrown instead when it ends the search: NXDOMAIN or no record of the type (another
     * server will not know better), a query that cannot be built, an interrupt.
     */
    private static DNSException stepError(IOException e, String name, String server) throws IOException {
        if (e instanceof DnsFault.FaultException f) {
            if (f.fault() == DnsFault.NO_SUCH_HOST) {
                throw f.fault().error(name, server);
            }
            if (f.fault() == DnsFault.CANNOT_MARSHAL) {
                throw f.fault().error(name, "");
            }
            return f.fault().error(name, server);
        }
        Interrupts.rethrowIfInterrupt(e, name);
        return transportError(e, name, server);
    }

    /**
     * Go's {@code newDNSError} for a transport's error, made temporary when it is an
     * {@code OpError} (a socket-level error).
     */
    private static DNSException transportError(IOException e, String name, String server) {
        boolean temporary = e instanceof OpError || e instanceof NetError ne && ne.temporary();
        String err = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new DNSException(err, name, server, NetError.isTimeout(e), temporary, false, e);
    }

    /** {@code e} naming {@code name}: Go shows the name the caller gave, not a suffixed one. */
    static DNSException renamed(DNSException e, String name) {
        return new DNSException(e.err(), name, e.server(), e.timeout(), e.temporary(), e.isNotFound(), e.getCause());
    }

    private String withPort(String server) {
        if (options.serverPort() == 0) {
            return server;
        }
        return server.substring(0, server.lastIndexOf(':') + 1) + options.serverPort();
    }
}
