package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ServiceLoader;
import net.api.Addr;
import net.api.Conn;
import net.api.IPAddr;
import net.api.OpTimeoutException;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.UnknownNetworkException;
import net.api.spi.DialRequest;
import net.api.spi.TransportProvider;

/**
 * How the pure resolver reaches a name server when no dial function is given: Go's zero
 * {@code Dialer}, here the transport module that serves "udp" or "tcp", found with
 * {@link ServiceLoader}. The server is always an IP literal with a port ({@code ip:port},
 * {@code [ip%zone]:port}), so dialing never needs DNS.
 */
final class DefaultDialer {

    private DefaultDialer() {
    }

    /** Go's {@code Resolver.dial} with a zero {@code Dialer}: a connection to {@code address} before {@code deadline}. */
    static Conn dial(String network, String address, Instant deadline) throws IOException {
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        IPAddr ip = IPAddr.parse(host).orElseThrow(() -> new IllegalArgumentException("server " + address + " is not ip:port"));
        int port = Integer.parseInt(address.substring(colon + 1));
        Addr remote = network.equals("udp") ? new UDPAddr(ip.ip(), port, ip.zone()) : new TCPAddr(ip.ip(), port, ip.zone());
        if (deadline != null && !Instant.now().isBefore(deadline)) {
            throw new OpTimeoutException("dial", network, null, remote);
        }
        TransportProvider transport = ServiceLoader.load(TransportProvider.class, DefaultDialer.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.networks().contains(network))
                .findFirst()
                .orElseThrow(() -> new UnknownNetworkException(network, "dev.gonet:net-" + network));
        return transport.dial(new DialRequest(network, null, remote, deadline, null, null));
    }
}
