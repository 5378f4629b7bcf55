package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
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
     */
    record Options(boolean edns0, int serverPort) {
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
        List<String> servers = cfg.servers();
        int offset = cfg.rotate() ? Math.floorMod(serverOffset.getAndIncrement(), servers.size()) : 0;
        DNSException last = null;
        for (int attempt = 0; attempt < cfg.attempts(); attempt++) {
            for (int j = 0; j < servers.size(); j++) {
                Interrupts.check(name);
                String server = withPort(servers.get((offset + j) % servers.size()));
                try {
                    DnsWire.Query q = DnsWire.query(name, qtype, cfg.trustAD(), options.edns0(), random.nextInt(1 << 16));
                    Message m = DnsWire.parse(exchange.exchange(server, q, cfg.timeout(), cfg.useTCP(), deadline));
                    DnsWire.checkHeader(m);
                    return new Reply(m, DnsWire.answersFrom(m, qtype), server);
                } catch (DnsFault.FaultException e) {
                    if (e.fault() == DnsFault.NO_SUCH_HOST) {
                        throw e.fault().error(name, server); // another server will not know better
                    }
                    if (e.fault() == DnsFault.CANNOT_MARSHAL) {
                        throw e.fault().error(name, "");
                    }
                    last = e.fault().error(name, server);
                } catch (IOException e) {
                    Interrupts.rethrowIfInterrupt(e, name);
                    last = transportError(e, name, server);
                }
            }
        }
        throw last;
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
