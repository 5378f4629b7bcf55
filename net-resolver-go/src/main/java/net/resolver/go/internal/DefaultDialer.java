package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.ServiceLoader;
import net.api.Addr;
import net.api.Conn;
import net.api.OpTimeoutException;
import net.api.UnknownNetworkException;
import net.api.spi.DialRequest;
import net.api.spi.TransportProvider;

/**
 * How the pure resolver reaches a name server when no dial function is given: Go's zero
 * {@code Dialer}, here the transport module that serves "udp" or "tcp", found with
 * {@link ServiceLoader} once, when the first query is sent. The server is always an IP literal
 * with a port ({@code ip:port}, {@code [ip%zone]:port}), so dialing never needs DNS.
 */
final class DefaultDialer {

    private DefaultDialer() {
    }

    /** The transport modules present, loaded on first use (the holder idiom) and kept. */
    private static final class Transports {
        static final List<TransportProvider> ALL = ServiceLoader
                .load(TransportProvider.class, DefaultDialer.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /** Go's {@code Resolver.dial} with a zero {@code Dialer}: a connection to {@code address} before {@code deadline}. */
    static Conn dial(String network, String address, Instant deadline) throws IOException {
        Addr remote = ServerAddr.parse(address).on(network);
        if (deadline != null && !Instant.now().isBefore(deadline)) {
            throw new OpTimeoutException("dial", network, null, remote);
        }
        TransportProvider transport = Transports.ALL.stream()
                .filter(p -> p.networks().contains(network))
                .findFirst()
                .orElseThrow(() -> new UnknownNetworkException(network, "dev.gonet:net-" + network));
        return transport.dial(new DialRequest(network, null, remote, deadline, null, null));
    }
}
