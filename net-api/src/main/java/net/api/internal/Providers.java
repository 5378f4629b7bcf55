package net.api.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import net.api.UnknownNetworkException;
import net.api.spi.ResolverProvider;
import net.api.spi.TransportProvider;

/**
 * The transport and resolver modules present, found once with {@link ServiceLoader} (on the
 * module path through {@code uses}, on the class path through {@code META-INF/services}).
 */
public final class Providers {

    /** The artifact to add for each network Go knows. */
    private static final Map<String, String> ARTIFACT_OF_NETWORK = Map.of(
            "tcp", "dev.gonet:net-tcp", "tcp4", "dev.gonet:net-tcp", "tcp6", "dev.gonet:net-tcp",
            "udp", "dev.gonet:net-udp", "udp4", "dev.gonet:net-udp", "udp6", "dev.gonet:net-udp",
            "unix", "dev.gonet:net-unix", "unixgram", "dev.gonet:net-unix", "unixpacket", "dev.gonet:net-unix");

    /** The artifacts that provide a resolver, as an error message names them. */
    public static final String RESOLVER_ARTIFACTS = "dev.gonet:net-resolver-go or dev.gonet:net-resolver-native";

    private static final class Loaded {
        static final Map<String, TransportProvider> TRANSPORTS = loadTransports();
        static final List<ResolverProvider> RESOLVERS = ServiceLoader.load(ResolverProvider.class, Providers.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }

    private Providers() {
    }

    private static Map<String, TransportProvider> loadTransports() {
        Map<String, TransportProvider> byNetwork = new HashMap<>();
        for (TransportProvider p : ServiceLoader.load(TransportProvider.class, Providers.class.getClassLoader())) {
            for (String network : p.networks()) {
                byNetwork.putIfAbsent(network, p);
            }
        }
        return Map.copyOf(byNetwork);
    }

    /**
     * The transport serving {@code network} (the name without a ":proto" suffix), or an
     * {@link UnknownNetworkException}: Go's text for a name Go does not know, or a message
     * naming the artifact to add for one it does.
     */
    public static TransportProvider transport(String network) throws UnknownNetworkException {
        TransportProvider p = Loaded.TRANSPORTS.get(network);
        if (p != null) {
            return p;
        }
        String artifact = ARTIFACT_OF_NETWORK.get(network);
        throw artifact == null ? new UnknownNetworkException(network) : new UnknownNetworkException(network, artifact);
    }

    /** The resolver modules present, in the order ServiceLoader found them. */
    public static List<ResolverProvider> resolvers() {
        return Loaded.RESOLVERS;
    }
}
