package net.api.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import net.api.Addr;

/**
 * Where a dial or listen gets its addresses, Go's {@code resolveAddrList}: the
 * {@link AddrListResolver} in production, a fake in the tests.
 */
@FunctionalInterface
public interface AddrListSource {

    /**
     * The addresses of {@code address} on {@code network}, never empty.
     *
     * @param op "dial" or "listen"
     * @param hint the dialer's local address, or {@code null}
     * @param deadline when the lookup must give up, or {@code null} for never
     */
    List<Addr> resolve(String op, String network, String address, Addr hint, Instant deadline) throws IOException;
}
