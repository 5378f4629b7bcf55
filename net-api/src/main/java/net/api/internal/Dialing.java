package net.api.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.api.Addr;
import net.api.Conn;
import net.api.Dialer;
import net.api.spi.TransportProvider;

/**
 * A {@link Dialer}'s dial, as Go's {@code Dialer.DialContext} in {@code dial.go}: the deadline,
 * the addresses, the transport, then the race of the address families over them.
 */
public final class Dialing {

    private Dialing() {
    }

    /**
     * Dials {@code address} on {@code network} with {@code d}'s settings, finding the transport
     * in {@code transports} and the addresses in {@code addrs}. A failure to resolve is Go's
     * {@code OpError} without addresses ({@code dial tcp: lookup foo: no such host}); an absent
     * transport module is the {@link net.api.UnknownNetworkException} naming its artifact, unwrapped.
     */
    public static Conn dial(Dialer d, TransportLookup transports, AddrListSource addrs,
                            String network, String address) throws IOException {
        Instant deadline = DialDeadline.of(Instant.now(), d.timeout(), d.deadline().orElse(null));
        Addr local = d.localAddr().orElse(null);
        List<Addr> ras;
        try {
            ras = addrs.resolve("dial", network, address, local, deadline);
        } catch (IOException e) {
            throw FacadeErrors.wrap("dial", network, null, null, e);
        }
        TransportProvider transport = transports.transport(family(network));
        Duration delay = d.fallbackDelay().isPositive() ? d.fallbackDelay() : Dialer.DEFAULT_FALLBACK_DELAY;
        SysDialer sd = new SysDialer(transport, network, local, deadline,
                EffectiveKeepAlive.of(d.keepAlive(), d.keepAliveConfig()), d.control().orElse(null), delay);
        if (!d.fallbackDelay().isNegative() && network.equals("tcp")) {
            AddrList.Partition p = AddrList.partition(ras, AddrList::isIPv4);
            return sd.dialParallel(p.primaries(), p.fallbacks());
        }
        return sd.dialParallel(ras, List.of());
    }

    /** The network's name without a ":protocol" suffix, as the transports know it. */
    static String family(String network) {
        int colon = network.lastIndexOf(':');
        return colon < 0 ? network : network.substring(0, colon);
    }
}
