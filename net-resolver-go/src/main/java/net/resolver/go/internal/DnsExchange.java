package net.resolver.go.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.api.Conn;
import net.api.PacketConn;
import net.api.ResolverDial;
import net.api.UDPAddr;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Section;

/**
 * One query to one name server, Go's {@code Resolver.exchange} ({@code dnsclient_unix.go}):
 * over UDP, then again over TCP when the UDP reply is truncated; over TCP only with
 * {@code use-vc}. Each transport gets a fresh connection (so a fresh source port) whose deadline
 * is the attempt's timeout, or the lookup's deadline when that comes first, and which is closed
 * when the transport is done. The connection's type decides the framing, as in Go: one that is
 * also a {@link PacketConn} carries datagrams, any other length-prefixed messages, whatever the
 * network it was dialed for (a Resolver's own {@code Dial} may return either).
 */
final class DnsExchange {

    private static final List<String> UDP_THEN_TCP = List.of("udp", "tcp");
    private static final List<String> TCP_ONLY = List.of("tcp");

    private final ResolverDial dialer;

    /** @param dialer how to reach a name server: the Resolver's {@code Dial}, or the module's own */
    DnsExchange(ResolverDial dialer) {
        this.dialer = dialer;
    }

    /**
     * The reply of {@code server} ({@code ip:port}) to {@code q}: a message that answers it with
     * exactly one question, not truncated unless it came over TCP.
     *
     * @param deadline the lookup's deadline, or {@code null} for none
     * @throws DnsFault.FaultException for a reply Go rejects ({@link DnsFault#INVALID_RESPONSE},
     *     {@link DnsFault#CANNOT_UNMARSHAL}, {@link DnsFault#NO_ANSWER})
     * @throws IOException the transport's error, a timeout included
     */
    byte[] exchange(String server, DnsWire.Query q, Duration timeout, boolean useTCP, Instant deadline)
            throws IOException {
        for (String network : useTCP ? TCP_ONLY : UDP_THEN_TCP) {
            Instant attemptDeadline = Instant.now().plus(timeout);
            if (deadline != null && deadline.isBefore(attemptDeadline)) {
                attemptDeadline = deadline;
            }
            byte[] reply = roundTrip(network, server, q, attemptDeadline);
            Header h = DnsWire.header(reply);
            if (h.getCount(Section.QUESTION) != 1) {
                throw DnsFault.INVALID_RESPONSE.exception();
            }
            // RFC 5966: a truncated UDP reply means "ask again over TCP"; a truncated TCP reply is
            // taken as it is, as glibc does (go.dev/issue/64896).
            if (h.getFlag(Flags.TC) && network.equals("udp")) {
                continue;
            }
            return reply;
        }
        throw DnsFault.NO_ANSWER.exception();
    }

    private byte[] roundTrip(String network, String server, DnsWire.Query q, Instant deadline) throws IOException {
        Conn c = dialer.dial(network, server, deadline);
        if (c == null) {
            throw new IOException("dial " + network + " " + server + ": the Resolver's dial function returned no connection");
        }
        try {
            c.setDeadline(deadline);
            if (c instanceof PacketConn p) {
                // The socket's own peer: a Resolver's dial may lead elsewhere than server (Go reads
                // the connected socket and so takes whatever its peer sends).
                ServerAddr from = ServerAddr.parse(
                        c.remoteAddr() instanceof UDPAddr peer && peer.ip() != null ? peer.toString() : server);
                return DnsRoundTrip.packet(c, p, q.packet(), DnsWire.MAX_PACKET_SIZE,
                        (datagram, sender) -> from.sent(sender) && matches(q, datagram));
            }
            byte[] reply = DnsRoundTrip.stream(c, q.framed());
            boolean matches;
            try {
                matches = DnsWire.answers(q, reply);
            } catch (IOException e) {
                throw DnsFault.CANNOT_UNMARSHAL.exception();
            }
            if (!matches) {
                throw DnsFault.INVALID_RESPONSE.exception();
            }
            return reply;
        } finally {
            closeQuietly(c);
        }
    }

    /** Whether a datagram answers {@code q}; one that does not even parse does not (go.dev/issue/13281). */
    private static boolean matches(DnsWire.Query q, byte[] datagram) {
        try {
            return DnsWire.answers(q, datagram);
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes {@code c}; Go ignores the error of this close, and so does the exchange. */
    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // the reply, or the error that ended the exchange, is what counts
        }
    }
}
