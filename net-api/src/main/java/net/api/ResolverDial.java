package net.api;

import java.io.IOException;
import java.time.Instant;

/**
 * Go's {@code Resolver.Dial}: the function the pure resolver ({@code dev.gonet:net-resolver-go})
 * calls to reach a name server, instead of dialing it with the transport modules. Set it with
 * {@link Resolver.Builder#dial(ResolverDial)}.
 *
 * <p>The resolver calls it once per query and transport, and closes the connection when the
 * exchange is over. {@code network} is "udp" or "tcp"; {@code address} is always an IP literal
 * and a port number ({@code 192.0.2.53:53}, {@code [2001:db8::53]:53}), never a name, so dialing it
 * needs no lookup. The connection returned may lead anywhere (an in-memory DNS server, a proxy,
 * DNS over another transport): what counts is its type, as in Go. One that is also a
 * {@link PacketConn} carries each message as one datagram (RFC 1035 section 4.2.1), even when
 * {@code network} is "tcp"; any other carries messages with a two-byte length prefix (RFC 7766
 * section 5), even when {@code network} is "udp".
 *
 * <p>Where Go passes a context, Java passes its deadline, and cancellation is an interrupt of
 * the calling thread. An {@link IOException} thrown here fails that query as a transport error
 * would: the lookup's {@link DNSException} carries its message (and has it as its cause), is a
 * timeout when it is one, and is temporary when it is an {@link OpError}, as in Go; the next
 * server or attempt is tried. An {@link java.io.InterruptedIOException} that is not a timeout
 * ends the lookup as an interrupt does; any other exception ends it and reaches the caller as it
 * is.
 */
@FunctionalInterface
public interface ResolverDial {

    /**
     * A connection to the name server at {@code address} on {@code network}.
     *
     * @param network "udp" or "tcp"
     * @param address the server as {@code ip:port}, {@code [ipv6]:port} or {@code [ipv6%zone]:port}
     * @param deadline when the exchange must be over (the resolver sets it on the connection
     *     too), or {@code null} for none
     * @return the connection, never {@code null}
     */
    Conn dial(String network, String address, Instant deadline) throws IOException;
}
