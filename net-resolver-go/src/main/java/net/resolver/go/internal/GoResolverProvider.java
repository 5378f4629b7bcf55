package net.resolver.go.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 * ({@code dnsclient_unix.go}) over the system's resolv.conf, hosts file and nsswitch.conf, reached
 * by {@code net.api} through {@link java.util.ServiceLoader}.
 *
 * <p>Each lookup honours the {@link ResolverOptions} of the Resolver it serves: Go's
 * {@code StrictErrors}, and Go's {@code Dial}, through which every query of that lookup then goes
 * instead of this module's own dialer. The module itself is shared by every Resolver; only its
 * {@code options rotate} offset is, as in Go, common to all of them.
 *
 * <p>The system properties of {@link ResolverSettings} ({@code net.resolver.go.resolvConf},
 * {@code .hosts}, {@code .nsswitchConf}, {@code .port}), read once when ServiceLoader makes the
 * module, put other files in place of the system's and send every query to another port than 53
 * (resolv.conf cannot name a port). A value that cannot be used does not stop ServiceLoader,
 * which would take the transports down with it: the module is made, and each of its lookups, and
 * its {@link #systemConfig()}, throws an {@link IllegalArgumentException} naming the property and
 * the value. A missing argument is an {@link IllegalArgumentException} naming it; a {@code null}
 * deadline means none.
 */
public final class GoResolverProvider implements ResolverProvider {

    private final SystemFiles files;
    private final SystemResolverConfig systemConfig;
    private final GoLookups lookups;
    /** Why the properties give no settings, when they do not; the module then runs on Go's defaults but answers nothing. */
    private final Optional<String> unusableSetting;

    /**
     * The files and port the system properties of {@link ResolverSettings} name, else the
     * system's and 53; the kernel's host name, the transport modules present as the dialer of a
     * Resolver without its own, EDNS0 unless {@code netedns0=0}, source addresses for RFC 6724
     * from the kernel.
     */
    public GoResolverProvider() {
        this(System::getProperty);
    }

    /**
     * As {@link #GoResolverProvider()}, but with each property's value asked of {@code property}
     * ({@code null} when unset) instead of the system properties: for tests and benchmarks that
     * bring their own files and name server.
     */
    public GoResolverProvider(Function<String, String> property) {
        this(FromProperties.of(property));
    }

    private GoResolverProvider(FromProperties p) {
        this(p.files(), new GoSystemConfig(p.files(), Hostname.system(), GoSystemConfig.MDNS_ALLOW), DefaultDialer::dial,
                new UdpSourceAddrs(), new DnsClient.Options(GoDebug.edns0(), p.port(), UdpSockets.DEFAULT_USES), p.unusable());
    }

    /** The files and port the properties give, or Go's and the message saying which value is unusable. */
    private record FromProperties(SystemFiles files, int port, Optional<String> unusable) {

        static FromProperties of(Function<String, String> property) {
            present(property, "property");
            ResolverSettings settings = ResolverSettings.DEFAULTS;
            Optional<String> unusable = Optional.empty();
            try {
                settings = ResolverSettings.from(property);
            } catch (IllegalArgumentException e) {
                unusable = Optional.of(e.getMessage());
            }
            return new FromProperties(new SystemFiles(settings.files(), Hostname.system(), System::nanoTime),
                    settings.port(), unusable);
        }
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
        this(files, systemConfig, dialer, sources, options, Optional.empty());
    }

    private GoResolverProvider(SystemFiles files, SystemResolverConfig systemConfig, ResolverDial dialer,
            SourceAddrs sources, DnsClient.Options options, Optional<String> unusableSetting) {
        RandomGenerator random = new SecureRandom();
        DnsClient client = new DnsClient(new DnsExchange(new UdpSockets(dialer, options.socketUses())), random, options);
        UnaryOperator<List<IPAddr>> sort = addrs -> AddrSelect.sortByRFC6724(addrs, sources);
        this.files = files;
        this.systemConfig = systemConfig;
        this.lookups = new GoLookups(client, files::resolvConf, files.hosts(), sort, new RecordOrder(random));
        this.unusableSetting = unusableSetting;
    }

    /** Throws the {@link IllegalArgumentException} of an unusable property, if one is set. */
    private void usable() {
        if (unusableSetting.isPresent()) {
            throw new IllegalArgumentException(unusableSetting.get());
        }
    }

    /** The lookups as the Resolver with {@code options} makes them; Go's zero Resolver's are the module's own. */
    private GoLookups as(ResolverOptions options) {
        usable();
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
        usable();
        ResolvConf conf = files.resolvConf();
        if (!conf.unknownOpt()) {
            return Optional.empty();
        }
        return Optional.of(files.files().resolvConf() + " has options the Go resolver does not understand: "
                + String.join(" ", conf.unknownOptions()));
    }

    @Override
    public Optional<SystemResolverConfig> systemConfig() {
        usable();
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
