package net.api.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.api.Addr;
import net.api.AddrException;
import net.api.DNSException;
import net.api.IP;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.NetError;
import net.api.SRVResult;
import net.api.UnknownNetworkException;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;

/**
 * The resolver's front end, as Go's {@code lookup.go}: what every lookup does before and after
 * asking a resolver module. IP literals, the empty name, port numbers and service names, network
 * names and the localhost names (when no resolver module is present) are answered here without
 * DNS; the answers of a module are checked as Go checks them. Which module answers is the
 * {@link ResolverRouter}'s choice.
 */
public final class Lookups {

    private final ResolverRouter router;
    private final ResolverOptions options;
    private final Supplier<Services> services;
    private final Supplier<Protocols> protocols;
    private final LookupGroup group = new LookupGroup();

    /**
     * @param router chooses the resolver module for each lookup
     * @param options the Resolver's options, handed to the module with every lookup
     * @param services the services table, asked for on each lookup of a service name
     * @param protocols the IP protocols table, asked for on each network name with a protocol name
     */
    public Lookups(ResolverRouter router, ResolverOptions options, Supplier<Services> services,
            Supplier<Protocols> protocols) {
        this.router = router;
        this.options = Args.notNull(options, "options");
        this.services = services;
        this.protocols = protocols;
    }

    /**
     * The front end of one Resolver over the modules present and the system's services and
     * protocols files.
     *
     * @param preferGo the Resolver's {@code PreferGo}
     * @param options the Resolver's {@code StrictErrors} and {@code Dial}
     */
    public static Lookups system(boolean preferGo, ResolverOptions options) {
        return new Lookups(ResolverRouter.system(preferGo, options.customDial()), options, Services::system,
                Protocols::system);
    }

    /** Go's {@code parseNetwork} with this front end's protocols table. */
    public NetworkName parseNetwork(String network, boolean needsProtocol) throws UnknownNetworkException, AddrException {
        return NetworkName.parse(network, needsProtocol, protocols.get());
    }

    /** Go's {@code Resolver.LookupHost}: an IP literal is its own answer. */
    public List<String> lookupHost(String host, Instant deadline) throws IOException {
        if (host.isEmpty()) {
            throw DNSException.noSuchHost(host, "");
        }
        if (IPParser.parseWithZone(host).isPresent()) {
            return List.of(host);
        }
        if (router.isEmpty() && Localhost.is(host)) {
            return Localhost.HOST_ANSWERS;
        }
        return lookupIPAddr("ip", host, deadline).stream().map(IPAddr::toString).toList();
    }

    /**
     * Go's {@code Resolver.lookupIPAddr}: the addresses of {@code host} for {@code network} (whose
     * final '4' or '6' asks for one family); an IP literal, zone included, is its own answer, in
     * 16-byte form. Names go to the module through a {@link LookupGroup}, so that concurrent
     * lookups of the same name on the same network share one answer. The group belongs to this
     * front end, that is to one Resolver (Go keeps its {@code lookupGroup} in the
     * {@code Resolver}), so only lookups with the same options ever share. The module is asked
     * without a deadline, and {@code deadline} (null for none) ends only this caller's wait. An error of
     * the module that is not a {@link DNSException} becomes one, except an
     * {@link InterruptedIOException} that is not a timeout, which is passed on.
     */
    public List<IPAddr> lookupIPAddr(String network, String host, Instant deadline) throws IOException {
        if (host.isEmpty()) {
            throw DNSException.noSuchHost(host, "");
        }
        Optional<IPAddr> literal = IPParser.parseWithZone(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        if (router.isEmpty() && Localhost.is(host)) {
            return Localhost.addrs(network);
        }
        ResolverRouter.Route route = router.host(host);
        return group.lookup(network + "\0" + host, host, deadline, () -> {
            try {
                return List.copyOf(route.provider().lookupIPAddr(ipNetwork(network), host, route.order(), options, null));
            } catch (DNSException e) {
                throw e;
            } catch (InterruptedIOException e) {
                if (!(e instanceof SocketTimeoutException)) {
                    throw e; // an interrupt stays an interrupt, as Java code expects
                }
                throw wrap(e, host);
            } catch (IOException e) {
                throw wrap(e, host);
            }
        });
    }

    /** Go's {@code newDNSError} for an error of a module that is not a {@link DNSException}. */
    private static DNSException wrap(IOException e, String host) {
        boolean temporary = e instanceof NetError ne && ne.temporary();
        String err = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new DNSException(err, host, "", NetError.isTimeout(e), temporary, false, e);
    }

    /** Go's {@code Resolver.LookupIP}: {@code network} is "ip", "ip4" or "ip6", maybe with a protocol. */
    public List<IP> lookupIP(String network, String host, Instant deadline) throws IOException {
        String family = parseNetwork(network, false).family();
        if (!family.equals("ip") && !family.equals("ip4") && !family.equals("ip6")) {
            throw new UnknownNetworkException(network);
        }
        if (host.isEmpty()) {
            throw DNSException.noSuchHost(host, "");
        }
        List<IP> ips = new ArrayList<>();
        for (Addr addr : InternetAddrs.resolve(this, family, host, deadline)) {
            ips.add(((IPAddr) addr).ip());
        }
        return List.copyOf(ips);
    }

    /**
     * Go's {@code Resolver.LookupPort}: a decimal port is only range-checked; a service name is
     * looked up in the services table for "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "ip" or ""
     * (which means "ip").
     */
    public int lookupPort(String network, String service) throws AddrException, DNSException {
        Port.Parsed parsed = Port.parse(service);
        int port = parsed.port();
        if (parsed.needsLookup()) {
            String table = switch (network) {
                case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "ip" -> network;
                case "" -> "ip";
                default -> throw new AddrException("unknown network", network);
            };
            port = services.get().lookup(table, service);
        }
        if (port < 0 || port > 65535) {
            throw new AddrException("invalid port", service);
        }
        return port;
    }

    /** Go's {@code Resolver.LookupCNAME}: the answer must be a domain name. */
    public String lookupCNAME(String host, Instant deadline) throws IOException {
        ResolverRouter.Route route = router.host(host);
        return AnswerCheck.cname(host, route.provider().lookupCNAME(host, route.order(), options, deadline));
    }

    /**
     * Go's {@code Resolver.LookupSRV}: asks for {@code _service._proto.name}, or for {@code name}
     * when service and proto are both empty. A canonical name that is not a domain name fails the
     * lookup; so does any record whose target is not one (Go returns the other records with that
     * error; here the error is thrown and the records are lost).
     */
    public SRVResult lookupSRV(String service, String proto, String name, Instant deadline) throws IOException {
        String target = service.isEmpty() && proto.isEmpty() ? name : "_" + service + "._" + proto + "." + name;
        ResolverProvider.SRVAnswer answer = router.records(target).lookupSRV(target, options, deadline);
        return new SRVResult(answer.cname(), allValid(AnswerCheck.srv(name, answer.cname(), answer.records())));
    }

    /** Go's {@code Resolver.LookupMX}: each host must be a domain name or an IP literal without a zone. */
    public List<MX> lookupMX(String name, Instant deadline) throws IOException {
        return allValid(AnswerCheck.mx(name, router.records(name).lookupMX(name, options, deadline)));
    }

    /** Go's {@code Resolver.LookupNS}: each host must be a domain name. */
    public List<NS> lookupNS(String name, Instant deadline) throws IOException {
        return allValid(AnswerCheck.ns(name, router.records(name).lookupNS(name, options, deadline)));
    }

    /** Go's {@code Resolver.LookupTXT}: the module's answer as it is. */
    public List<String> lookupTXT(String name, Instant deadline) throws IOException {
        return List.copyOf(router.records(name).lookupTXT(name, options, deadline));
    }

    /** Go's {@code Resolver.LookupAddr}: each name must be a domain name. */
    public List<String> lookupAddr(String addr, Instant deadline) throws IOException {
        ResolverRouter.Route route = router.addr(addr);
        return allValid(AnswerCheck.addr(addr, route.provider().lookupAddr(addr, route.order(), options, deadline)));
    }

    /** The checked records, or the check's error when one failed (Go would return both). */
    private static <T> List<T> allValid(AnswerCheck.Checked<T> checked) throws DNSException {
        if (checked.error().isPresent()) {
            throw checked.error().get();
        }
        return checked.valid();
    }

    /** The family network the SPI takes: "ip4" or "ip6" for a network ending so, else "ip". */
    private static String ipNetwork(String network) {
        if (network.endsWith("4")) {
            return "ip4";
        }
        return network.endsWith("6") ? "ip6" : "ip";
    }
}
