package net.resolver.go.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private final ResolverDial dialer;
    /** The sockets of {@link #exchangeTogether}; {@code null} when it may not be used. */
    private final UdpSockets sockets;

    /** Exchanges through a Resolver's {@code Dial}, called once per query, as Go calls it. */
    DnsExchange(ResolverDial dialer) {
        this.dialer = dialer;
        this.sockets = null;
    }

    /**
     * Exchanges through the module's own dialer, whose "udp" connections are datagram sockets,
     * so that queries may also be sent together from one of {@code sockets}.
     */
    DnsExchange(UdpSockets sockets) {
        this.dialer = sockets.dialer();
        this.sockets = sockets;
    }

    /** Whether several queries may share one socket ({@link #exchangeTogether}). */
    boolean sharesSockets() {
        return sockets != null;
    }

    /**
     * The reply of {@code server} ({@code ip:port}) to {@code q}: a message that answers it with
     * exactly one question, not truncated unless it came over TCP.
     *
     * @param deadline the lookup's deadline, or {@code null} for none
     * @throws DnsFault.FaultException for a reply Go rejects ({@link DnsFault#INVALID_RESPONSE},
     *     {@link DnsFault#CANNOT_UNMARSHAL})
     * @throws IOException the transport's error, a timeout included
     */
    byte[] exchange(String server, DnsWire.Query q, Duration timeout, boolean useTCP, Instant deadline)
            throws IOException {
        if (!useTCP) {
            byte[] reply = roundTrip("udp", server, q, attemptDeadline(timeout, deadline));
            if (!truncated(reply)) {
                return reply;
            }
        }
        return overTCP(server, q, timeout, deadline);
    }

    /**
     * The replies of {@code server} to several queries sent together in datagrams from one
     * socket, which then takes their replies in any order, as glibc's {@code send_dg} asks for A
     * and AAAA: one outcome per query, in the order the replies came, those that got none (the
     * attempt's timeout, or a transport error) last. Each query is treated as {@link #exchange}
     * treats it over UDP, a truncated reply asked again over TCP included; the socket's one
     * deadline is the attempt's.
     */
    List<Outcome> exchangeTogether(String server, List<DnsWire.Query> qs, Duration timeout, Instant deadline) {
        byte[][] replies = new byte[qs.size()][];
        List<Integer> order = new ArrayList<>(qs.size());
        IOException failure = null;
        try {
            UdpSockets.Lease lease = sockets.take(server, attemptDeadline(timeout, deadline));
            try {
                Conn c = lease.conn();
                PacketConn p = (PacketConn) c; // the module's own dialer gives a UDPConn for "udp"
                ServerAddr from = sender(c, server);
                for (DnsWire.Query q : qs) {
                    c.write(q.packet());
                }
                // one read loop (and buffer) for all: a reply is kept as it comes; the loop ends with the last
                DnsRoundTrip.packet(p, DnsWire.MAX_PACKET_SIZE, (datagram, sender) -> {
                    for (int i = 0; i < qs.size() && from.sent(sender); i++) {
                        if (replies[i] == null && matches(qs.get(i), datagram)) {
                            replies[i] = datagram;
                            order.add(i);
                            break;
                        }
                    }
                    return order.size() == qs.size();
                });
            } finally {
                sockets.release(lease, order.size() == qs.size());
            }
        } catch (IOException e) {
            failure = e;
        }
        List<Outcome> outcomes = new ArrayList<>(qs.size());
        for (int i : order) {
            outcomes.add(finishUDP(server, qs.get(i), replies[i], timeout, deadline));
        }
        for (int i = 0; i < qs.size(); i++) {
            if (replies[i] == null) {
                outcomes.add(new Outcome(qs.get(i), null, failure));
            }
        }
        return outcomes;
    }

    /**
     * What one query of {@link #exchangeTogether} came to: its reply, or the error that ended it.
     *
     * @param query the query
     * @param reply the reply, or {@code null} when {@code error} is set
     * @param error why there is no reply
     */
    record Outcome(DnsWire.Query query, byte[] reply, IOException error) {
    }

    /** A UDP reply as {@link #exchange} takes it: checked, and asked again over TCP when truncated. */
    private Outcome finishUDP(String server, DnsWire.Query q, byte[] reply, Duration timeout, Instant deadline) {
        try {
            return new Outcome(q, truncated(reply) ? overTCP(server, q, timeout, deadline) : reply, null);
        } catch (IOException e) {
            return new Outcome(q, null, e);
        }
    }

    /**
     * Whether a UDP reply is truncated, which (RFC 5966) means "ask again over TCP"; a reply with
     * other than one question is {@link DnsFault#INVALID_RESPONSE}.
     */
    private static boolean truncated(byte[] udpReply) throws IOException {
        Header h = checkedHeader(udpReply);
        return h.getFlag(Flags.TC);
    }

    /** The query over TCP; a truncated TCP reply is taken as it is, as glibc does (go.dev/issue/64896). */
    private byte[] overTCP(String server, DnsWire.Query q, Duration timeout, Instant deadline) throws IOException {
        byte[] reply = roundTrip("tcp", server, q, attemptDeadline(timeout, deadline));
        checkedHeader(reply);
        return reply;
    }

    private static Header checkedHeader(byte[] reply) throws IOException {
        Header h = DnsWire.header(reply);
        if (h.getCount(Section.QUESTION) != 1) {
            throw DnsFault.INVALID_RESPONSE.exception();
        }
        return h;
    }

    /** The attempt's timeout from now, or the lookup's deadline when that comes first. */
    private static Instant attemptDeadline(Duration timeout, Instant deadline) {
        Instant attemptDeadline = Instant.now().plus(timeout);
        return deadline != null && deadline.isBefore(attemptDeadline) ? deadline : attemptDeadline;
    }

    private byte[] roundTrip(String network, String server, DnsWire.Query q, Instant deadline) throws IOException {
        Conn c = dial(network, server, deadline);
        try {
            if (c instanceof PacketConn p) {
                ServerAddr from = sender(c, server);
                c.write(q.packet());
                return DnsRoundTrip.packet(p, DnsWire.MAX_PACKET_SIZE,
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

    private Conn dial(String network, String server, Instant deadline) throws IOException {
        return dial(dialer, network, server, deadline);
    }

    /** A connection to {@code server} over {@code network} made by {@code dialer}, whose deadline is {@code deadline}. */
    static Conn dial(ResolverDial dialer, String network, String server, Instant deadline) throws IOException {
        Conn c = dialer.dial(network, server, deadline);
        if (c == null) {
            throw new IOException("dial " + network + " " + server + ": the Resolver's dial function returned no connection");
        }
        try {
            c.setDeadline(deadline);
        } catch (IOException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /**
     * Who may answer on {@code c}: the socket's own peer, since a Resolver's dial may lead
     * elsewhere than {@code server} (Go reads the connected socket and so takes whatever its peer
     * sends).
     */
    private static ServerAddr sender(Conn c, String server) throws IOException {
        return ServerAddr.parse(c.remoteAddr() instanceof UDPAddr peer && peer.ip() != null ? peer.toString() : server);
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
