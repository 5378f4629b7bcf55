package net.resolver.go.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.api.dnsname.DnsName;
import net.api.DNSException;
import net.api.IP;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.SRV;
import net.api.spi.ResolverProvider.SRVAnswer;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Each kind of lookup of the pure resolver, as Go's {@code dnsclient_unix.go}
 * ({@code goLookupIPCNAMEOrder}, {@code goLookupCNAME}, {@code goLookupPTR}) and
 * {@code lookup.go} ({@code goLookupSRV}, {@code goLookupMX}, {@code goLookupNS},
 * {@code goLookupTXT}) do it: the hosts file before or after DNS as the order says, the records
 * of the type asked for taken from the reply, and addresses in RFC 6724 order. Names in answers
 * are returned as they came; the front end in {@code net.api} checks them.
 */
final class GoLookups {

    /** The network of a canonical-name lookup, as Go passes it to {@code goLookupIPCNAMEOrder}. */
    static final String CNAME = "CNAME";

    /** What an address lookup found: the addresses, and the canonical name ("" when none). */
    record IPCNAME(List<IPAddr> addrs, String cname) {
    }

    private final DnsClient client;
    private final ParallelQueries queries;
    private final Supplier<ResolvConf> conf;
    private final HostsFile hosts;
    private final UnaryOperator<List<IPAddr>> sort;
    private final RecordOrder order;

    /**
     * @param client asks DNS
     * @param conf the current resolv.conf
     * @param hosts the hosts file
     * @param sort puts addresses in RFC 6724 order
     * @param order orders SRV and MX answers
     */
    GoLookups(DnsClient client, Supplier<ResolvConf> conf, HostsFile hosts, UnaryOperator<List<IPAddr>> sort,
            RecordOrder order) {
        this.client = client;
        this.queries = new ParallelQueries(client);
        this.conf = conf;
        this.hosts = hosts;
        this.sort = sort;
        this.order = order;
    }

    /** These lookups as the Resolver with {@code resolver}'s options makes them (see {@link DnsClient#with}). */
    GoLookups with(ResolverOptions resolver) {
        return new GoLookups(client.with(resolver), conf, hosts, sort, order);
    }

    /**
     * Go's {@code goLookupIPCNAMEOrder}: the addresses of {@code name} for {@code network}
     * ("ip", "ip4", "ip6", or {@link #CNAME} to find the canonical name, asking for CNAME records
     * too), and its canonical name: the owner of the first address record or the target of the
     * first CNAME record seen, in the order the replies came.
     */
    IPCNAME lookupIPCNAME(String network, String name, LookupOrder hostOrder, Instant deadline)
            throws IOException {
        if (filesFirst(hostOrder)) {
            Optional<IPCNAME> files = fromFiles(name);
            if (files.isPresent()) {
                return files.get();
            }
            if (hostOrder == LookupOrder.FILES) {
                throw DnsFault.NO_SUCH_HOST.error(name, "");
            }
        }
        if (!DnsName.isDomainName(name)) {
            throw DnsFault.NO_SUCH_HOST.error(name, "");
        }
        ResolvConf cfg = conf.get();
        List<Integer> qtypes = switch (network.isEmpty() ? ' ' : network.charAt(network.length() - 1)) {
            case '4' -> List.of(Type.A);
            case '6' -> List.of(Type.AAAA);
            default -> network.equals(CNAME) ? List.of(Type.A, Type.AAAA, Type.CNAME) : List.of(Type.A, Type.AAAA);
        };
        List<IPAddr> addrs = new ArrayList<>();
        String cname = "";
        DNSException last = null;
        for (String fqdn : NameList.of(name, cfg.ndots(), cfg.search())) {
            boolean hitStrictError = false;
            for (ParallelQueries.Result result : queries.query(cfg, fqdn, qtypes, deadline)) {
                if (result.error() != null) {
                    if (result.error().temporary() && client.strictErrors()) {
                        hitStrictError = true; // ends the name list
                        last = result.error();
                    } else if (last == null || fqdn.equals(name + ".")) {
                        last = result.error(); // the error of the name as given wins
                    }
                    continue;
                }
                for (Record r : result.reply().answers()) {
                    if (r instanceof ARecord a) {
                        addrs.add(new IPAddr(IP.of(a.getAddress().getAddress())));
                        cname = cname.isEmpty() ? DnsWire.text(r.getName()) : cname;
                    } else if (r instanceof AAAARecord aaaa) {
                        addrs.add(new IPAddr(IP.of(aaaa.getAddress().getAddress()).to16().orElseThrow()));
                        cname = cname.isEmpty() ? DnsWire.text(r.getName()) : cname;
                    } else if (r instanceof CNAMERecord c && cname.isEmpty()) {
                        cname = DnsWire.text(c.getTarget());
                    }
                }
            }
            if (hitStrictError) {
                // Flakiness must not turn a dual-stack name into a single-stack one.
                addrs.clear();
                break;
            }
            if (!addrs.isEmpty() || network.equals(CNAME) && !cname.isEmpty()) {
                break;
            }
        }
        if (last != null) {
            last = DnsClient.renamed(last, name);
        }
        List<IPAddr> sorted = sort.apply(addrs);
        if (sorted.isEmpty() && !(network.equals(CNAME) && !cname.isEmpty())) {
            if (hostOrder == LookupOrder.DNS_FILES) {
                Optional<IPCNAME> files = fromFiles(name);
                if (files.isPresent()) {
                    return files.get();
                }
            }
            if (last != null) {
                throw last;
            }
        }
        return new IPCNAME(sorted, cname);
    }

    /**
     * Whether the hosts file is read before DNS is asked. {@link LookupOrder#CGO} reaches this
     * module only where Go falls back from the C library to DNS (a canonical-name lookup), and
     * then, as in Go, it means DNS alone.
     */
    private static boolean filesFirst(LookupOrder order) {
        return order == LookupOrder.FILES_DNS || order == LookupOrder.FILES;
    }

    /** Go's {@code goLookupIPFiles}: the hosts file's addresses of {@code name}, sorted, and its canonical name. */
    private Optional<IPCNAME> fromFiles(String name) {
        Optional<StaticHost> found = hosts.lookupStaticHost(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<IPAddr> addrs = new ArrayList<>();
        for (String text : found.get().addrs()) {
            IPAddr.parse(text).ifPresent(addrs::add);
        }
        if (addrs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IPCNAME(sort.apply(addrs), found.get().canonicalName()));
    }

    /** Go's {@code goLookupCNAME}: the canonical name of {@code host}, "" when DNS gave none. */
    String lookupCNAME(String host, LookupOrder hostOrder, Instant deadline) throws IOException {
        return lookupIPCNAME(CNAME, host, hostOrder, deadline).cname();
    }

    /**
     * Go's {@code goLookupPTR}: the names of the address {@code addr}, from the hosts file and
     * PTR records as the order says.
     */
    List<String> lookupPTR(String addr, LookupOrder hostOrder, Instant deadline) throws IOException {
        if (filesFirst(hostOrder)) {
            List<String> names = hosts.lookupStaticAddr(addr);
            if (!names.isEmpty()) {
                return names;
            }
            if (hostOrder == LookupOrder.FILES) {
                throw DnsFault.NO_SUCH_HOST.error(addr, "");
            }
        }
        String arpa = ReverseAddr.of(addr);
        Optional<DnsClient.Reply> reply;
        try {
            reply = client.lookup(conf.get(), arpa, Type.PTR, deadline);
        } catch (DNSException e) {
            if (e.isNotFound() && hostOrder == LookupOrder.DNS_FILES) {
                List<String> names = hosts.lookupStaticAddr(addr);
                if (!names.isEmpty()) {
                    return names;
                }
            }
            throw e;
        }
        List<String> ptrs = new ArrayList<>();
        for (Record r : answers(reply, addr)) {
            if (r instanceof PTRRecord ptr) {
                ptrs.add(DnsWire.text(ptr.getTarget()));
            }
        }
        return ptrs;
    }

    /**
     * Go's {@code goLookupSRV} for the already composed {@code target}
     * ({@code _service._proto.name}): the records in RFC 2782 order, and the owner name of the
     * first SRV record.
     */
    SRVAnswer lookupSRV(String target, Instant deadline) throws IOException {
        String cname = "";
        List<SRV> srvs = new ArrayList<>();
        for (Record r : answers(client.lookup(conf.get(), target, Type.SRV, deadline), target)) {
            if (r instanceof SRVRecord srv) {
                cname = cname.isEmpty() ? DnsWire.text(r.getName()) : cname;
                srvs.add(new SRV(DnsWire.text(srv.getTarget()), srv.getPort(), srv.getPriority(), srv.getWeight()));
            }
        }
        return new SRVAnswer(cname, order.srv(srvs));
    }

    /** Go's {@code goLookupMX}: shuffled, then by preference. */
    List<MX> lookupMX(String name, Instant deadline) throws IOException {
        List<MX> mxs = new ArrayList<>();
        for (Record r : answers(client.lookup(conf.get(), name, Type.MX, deadline), name)) {
            if (r instanceof MXRecord mx) {
                mxs.add(new MX(DnsWire.text(mx.getTarget()), mx.getPriority()));
            }
        }
        return order.mx(mxs);
    }

    /** Go's {@code goLookupNS}. */
    List<NS> lookupNS(String name, Instant deadline) throws IOException {
        List<NS> nss = new ArrayList<>();
        for (Record r : answers(client.lookup(conf.get(), name, Type.NS, deadline), name)) {
            if (r instanceof NSRecord ns) {
                nss.add(new NS(DnsWire.text(ns.getTarget())));
            }
        }
        return nss;
    }

    /** Go's {@code goLookupTXT}: the strings of each record joined without a separator. */
    List<String> lookupTXT(String name, Instant deadline) throws IOException {
        List<String> txts = new ArrayList<>();
        for (Record r : answers(client.lookup(conf.get(), name, Type.TXT, deadline), name)) {
            if (r instanceof TXTRecord txt) {
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                txt.getStringsAsByteArrays().forEach(joined::writeBytes);
                txts.add(joined.toString(StandardCharsets.UTF_8));
            }
        }
        return txts;
    }

    /**
     * The answers of a reply; no reply at all (nothing was asked: a {@code .onion} name) is
     * Go's "cannot unmarshal DNS message", from reading a parser that never started.
     */
    private static List<Record> answers(Optional<DnsClient.Reply> reply, String name) throws DNSException {
        if (reply.isEmpty()) {
            throw DnsFault.CANNOT_UNMARSHAL.error(name, "");
        }
        return reply.get().answers();
    }
}
