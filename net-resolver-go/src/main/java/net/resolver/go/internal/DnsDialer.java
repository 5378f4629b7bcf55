package net.resolver.go.internal;

import java.io.IOException;
import java.time.Instant;
import net.api.Conn;

/**
 * How the DNS client reaches a name server: Go's {@code Resolver.Dial}, given the network
 * ({@code "udp"} or {@code "tcp"}), the server's {@code ip:port} and the deadline of the exchange.
 * A connection that is also a {@link net.api.PacketConn} is read one datagram at a time; any
 * other is read as a stream of length-prefixed messages.
 */
@FunctionalInterface
interface DnsDialer {

    /**
     * A connection to {@code address} on {@code network}, dialed before {@code deadline}; a
     * deadline already past fails with a timeout, as Go's dial under an expired context does.
     */
    Conn dial(String network, String address, Instant deadline) throws IOException;
}
