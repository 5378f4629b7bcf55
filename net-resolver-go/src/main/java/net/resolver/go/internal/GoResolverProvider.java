package net.resolver.go.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.ResolverDial;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;
import net.api.spi.SystemResolverConfig;

/**
 * The pure resolver as a resolver module ({@code kind} "go"): Go's DNS client
 * ({@code dnsclient_unix.go}) over the system's resolv.conf and hosts file, reached by
 * {@code net.api} through {@link java.util.ServiceLoader}.
 *
 * <p>Each lookup honours the {@link ResolverOptions} of the Resolver it serves: Go's
 * {@code StrictErrors}, and Go's {@code Dial}, through which every query of that lookup then goes
 * instead of this module's own dialer. The module itself is shared by every Resolver; only its
 * {@code options rotate} offset is, as in Go, common to all of them.
 *
 * <p>resolv.conf names servers without a port (Go sends to port 53); the package-private
 * constructor takes a port to use instead, so that tests reach their own loopback server. A
 * missing argument is an {@link IllegalArgumentException} naming it; a {@code null} deadline
 * means none.
 */
public final class GoResolverProvider implements ResolverProvider {

    private final SystemFiles files;
    private final SystemResolverConfig systemConfig;
    private final GoLookups lookups;

    /**
     * The system's files and host name, the transport modules present as the dialer of a
     * Resolver without its own, port 53, EDNS0 unless {@code netedns0=0}, source addresses for
     * RFC 6724 from the kernel.
     */
    public GoResolverProvider() {
        this(SystemFiles.system(), 0);
    }

    private GoResolverProvider(SystemFiles files, int serverPort) {
        this(files, new GoSystemConfig(files, Hostname.system(), GoSystemConfig.MDNS_ALLOW),
                DefaultDialer::dial, new UdpSourceAddrs(), new DnsClient.Options(GoDebug.edns0(), serverPort));
    }

    /**
     * As {@link #GoResolverProvider()}, but over {@code files} instead of the system's, and
     * sending every query to {@code serverPort} on the servers resolv.conf names (resolv.conf
     * cannot name a port): for benchmarks and embedders that bring their own name server. A
     * missing {@code files} or a port outside 1…65535 is an {@link IllegalArgumentException}.
     */
    public static GoResolverProvider withFiles(ResolverFiles files, int serverPort) {
        present(files, "files");
        if (serverPort < 1 || serverPort > 65535) {
            throw new IllegalArgumentException("serverPort " + serverPort + " is not in 1…65535");
        }
        return new GoResolverProvider(new SystemFiles(files, Hostname.system(), System::nanoTime), serverPort);
    }

    /**
     * @param files resolv.conf, hosts and the rest, each kept current by Go's rules
     * @param systemConfig the facts for the resolver selection
     * @param dialer how to reach a name server for a Resolver without a {@code Dial} function
     * @param sources the source address of each destination, for RFC 6724 ordering
     * @param options EDNS0, and the port to send to instead of 53
     */
    GoResolverProvider(SystemFiles files, SystemResolverConfig systemConfig, ResolverDial dialer, SourceAddrs sources,
            DnsClient.Options options) {
        RandomGenerator random = new SecureRandom();
        DnsClient client = new DnsClient(new DnsExchange(dialer, true), random, options);
        UnaryOperator<List<IPAddr>> sort = addrs -> AddrSelect.sortByRFC6724(addrs, sources);
        this.files = files;
        this.systemConfig = systemConfig;
        this.lookups = new GoLookups(client, files::resolvConf, files.hosts(), sort, new RecordOrder(random));
    }

    /** The lookups as the Resolver with {@code options} makes them; Go's zero Resolver's are the module's own. */
    private GoLookups as(ResolverOptions options) {
        return present(options, "options").equals(ResolverOptions.DEFAULT) ? lookups : lookups.with(options);
    }

    @Override
    public String kind() {
        return "go";
    }

    /**
     * Go prefers the C library's resolver when resolv.conf holds an option it does not
     * understand ({@code unknownOpt}); this names them.
     */
    @Override
    public Optional<String> unsupportedConfiguration() {
        ResolvConf conf = files.resolvConf();
        if (!conf.unknownOpt()) {
            return Optional.empty();
        }
        return Optional.of(files.files().resolvConf() + " has options the Go resolver does not understand: "
                + String.join(" ", conf.unknownOptions()));
    }

    @Override
    public Optional<SystemResolverConfig> systemConfig() {
        return Optional.of(systemConfig);
    }

    @Override
    public List<IPAddr> lookupIPAddr(String network, String host, LookupOrder order, ResolverOptions options,
            Instant deadline) throws IOException {
        present(network, "network");
        present(host, "host");
        present(order, "order");
        return as(options).lookupIPCNAME(network, host, order, deadline).addrs();
    }

    @Override
    public List<String> lookupAddr(String addr, LookupOrder order, ResolverOptions options, Instant deadline)
            throws IOException {
        present(addr, "addr");
        present(order, "order");
        return as(options).lookupPTR(addr, order, deadline);
    }

    @Override
    public String lookupCNAME(String host, LookupOrder order, ResolverOptions options, Instant deadline)
            throws IOException {
        present(host, "host");
        present(order, "order");
        return as(options).lookupCNAME(host, order, deadline);
    }

    @Override
    public List<MX> lookupMX(String name, ResolverOptions options, Instant deadline) throws IOException {
        present(name, "name");
        return as(options).lookupMX(name, deadline);
    }

    @Override
    public List<NS> lookupNS(String name, ResolverOptions options, Instant deadline) throws IOException {
        present(name, "name");
        return as(options).lookupNS(name, deadline);
    }

    @Override
    public SRVAnswer lookupSRV(String name, ResolverOptions options, Instant deadline) throws IOException {
        present(name, "name");
        return as(options).lookupSRV(name, deadline);
    }

    @Override
    public List<String> lookupTXT(String name, ResolverOptions options, Instant deadline) throws IOException {
        present(name, "name");
        return as(options).lookupTXT(name, deadline);
    }

    private static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return value;
    }
}
