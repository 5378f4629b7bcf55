package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.api.Conn;
import net.api.IP;
import net.api.ResolverDial;

/**
 * The default dialer ({@code net-udp} and {@code net-tcp} through {@link DefaultDialer}) for
 * tests, which refuses any address outside 127.0.0.0/8, so that no test can reach a real name
 * server, and counts the dials made and the connections still open.
 */
final class LoopbackDialer implements ResolverDial {

    /** One dial: the network and the address. */
    record Dial(String network, String address) {
    }

    private final AtomicInteger open = new AtomicInteger();
    private final List<Dial> dials = new ArrayList<>();

    @Override
    public Conn dial(String network, String address, Instant deadline) throws IOException {
        IP ip = ServerAddr.parse(address).ip().ip();
        if (ip.to4().isEmpty() || !ip.isLoopback()) {
            throw new IllegalStateException("tests dial 127.0.0.0/8 only, not " + address);
        }
        synchronized (dials) {
            dials.add(new Dial(network, address));
        }
        Conn c = DefaultDialer.dial(network, address, deadline);
        open.incrementAndGet();
        return ForwardingConn.of(c, open::decrementAndGet);
    }

    /** The connections dialed and not yet closed. */
    int open() {
        return open.get();
    }

    /** Every dial so far, in order. */
    List<Dial> dials() {
        synchronized (dials) {
            return List.copyOf(dials);
        }
    }
}
