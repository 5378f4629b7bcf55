package net.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.api.DNSException;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverProvider;
import net.api.spi.SystemResolverConfig;

/**
 * Which resolver module serves a lookup, as Go's {@code lookup_unix.go} dispatches on
 * {@code conf.go}'s decision: host, address and CNAME lookups follow {@link LookupPolicy} (the
 * system's resolver for {@link LookupOrder#CGO}, else the pure one with the order it decided);
 * MX, NS, SRV and TXT lookups go to the pure resolver, or to the system's when the pure one is
 * absent (on Plan 9 they follow the policy too, as Go's {@code lookup_plan9.go} does). The
 * Resolver's {@code PreferGo} and whether it has its own {@code Dial} are inputs of the policy.
 */
public final class ResolverRouter {

    /** The module to ask and the order the policy decided. */
    public record Route(ResolverProvider provider, LookupOrder order) {
    }

    /** Go's process-wide {@code confVal}, made once from the modules ServiceLoader finds. */
    private static final class SystemConf {
        static final ResolverConf CONF = make();

        private static ResolverConf make() {
            NetDns netdns = NetDns.fromSystem(System::getProperty, System::getenv);
            ResolverConf conf = ResolverConf.of(kinds(Providers.resolvers()), netdns,
                    System.getProperty("os.name", ""), System::getenv);
            conf.logStartup(netdns.mode());
            return conf;
        }
    }

    private final Map<String, ResolverProvider> byKind = new LinkedHashMap<>();
    private final Supplier<ResolverConf> conf;
    private final boolean preferGo;
    private final boolean customDial;

    /**
     * @param providers the resolver modules present; the first of each kind counts
     * @param conf the process-wide configuration, asked for at the first lookup that needs a module
     * @param preferGo the Resolver's {@code PreferGo}
     * @param customDial whether the Resolver has a {@code Dial} function of its own
     */
    public ResolverRouter(List<ResolverProvider> providers, Supplier<ResolverConf> conf, boolean preferGo,
            boolean customDial) {
        for (ResolverProvider p : providers) {
            byKind.putIfAbsent(p.kind(), p);
        }
        this.conf = conf;
        this.preferGo = preferGo;
        this.customDial = customDial;
    }

    /** The router over the modules present, with the configuration of this process. */
    public static ResolverRouter system(boolean preferGo, boolean customDial) {
        return new ResolverRouter(Providers.resolvers(), () -> SystemConf.CONF, preferGo, customDial);
    }

    private static Set<String> kinds(List<ResolverProvider> providers) {
        return providers.stream().map(ResolverProvider::kind).collect(Collectors.toSet());
    }

    /** Whether no resolver module is present. */
    public boolean isEmpty() {
        return byKind.isEmpty();
    }

    /** Go's {@code hostLookupOrder} dispatch, for host, IP and CNAME lookups of {@code name}. */
    public Route host(String name) throws DNSException {
        requireModule(name);
        return route(LookupPolicy.hostLookupOrder(inputs(), name).order());
    }

    /** Go's {@code addrLookupOrder} dispatch, for the reverse lookup of {@code addr}. */
    public Route addr(String addr) throws DNSException {
        requireModule(addr);
        return route(LookupPolicy.addrLookupOrder(inputs(), addr).order());
    }

    /**
     * The module for MX, NS, SRV and TXT lookups of {@code name}: the pure resolver when present,
     * except on Plan 9, where Go's {@code lookup_plan9.go} uses it only when
     * {@link LookupPolicy#mustUseGoResolver} says so (for a Resolver with its own {@code Dial})
     * and otherwise asks the connection server.
     */
    public ResolverProvider records(String name) throws DNSException {
        requireModule(name);
        ResolverProvider go = byKind.get(ResolverConf.GO);
        ResolverProvider system = systemResolver();
        if (go != null && system != null && conf.get().goos().equals(ResolverConf.PLAN9)) {
            return LookupPolicy.mustUseGoResolver(conf.get(), preferGo, customDial) ? go : system;
        }
        return go != null ? go : system;
    }

    private Route route(LookupOrder order) {
        ResolverProvider go = byKind.get(ResolverConf.GO);
        if (order == LookupOrder.CGO || go == null) {
            ResolverProvider system = systemResolver();
            if (system != null) {
                return new Route(system, LookupOrder.CGO);
            }
        }
        return new Route(go, order == LookupOrder.CGO ? LookupOrder.FILES_DNS : order);
    }

    /** The system's resolver: the C library's, else Plan 9's connection server; null if neither. */
    private ResolverProvider systemResolver() {
        ResolverProvider cgo = byKind.get(ResolverConf.CGO);
        return cgo != null ? cgo : byKind.get(ResolverConf.PLAN9);
    }

    private PolicyInputs inputs() {
        ResolverProvider go = byKind.get(ResolverConf.GO);
        SystemResolverConfig system = go == null ? null : go.systemConfig().orElse(null);
        return new PolicyInputs(conf.get(), preferGo, customDial, system != null ? system : new NoConfigFiles());
    }

    private void requireModule(String name) throws DNSException {
        if (isEmpty()) {
            throw new DNSException("no resolver module is present; add the artifact " + Providers.RESOLVER_ARTIFACTS,
                    name, "", false, false, false);
        }
    }
}
