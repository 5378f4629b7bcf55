package net.api.internal;

import net.api.UnknownNetworkException;
import net.api.spi.TransportProvider;

/**
 * Where a dial or listen finds the transport of a network: {@link Providers#transport} in
 * production, a fake in the tests.
 */
@FunctionalInterface
public interface TransportLookup {

    /** The transport serving {@code network} ("tcp", "udp6", "unix", …), or why there is none. */
    TransportProvider transport(String network) throws UnknownNetworkException;
}
