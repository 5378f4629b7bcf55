package net.resolver.go.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.api.Addr;
import net.api.Conn;
import net.api.PacketConn;

/**
 * The bytes of one DNS exchange on one connection: Go's {@code dnsPacketRoundTrip} and
 * {@code dnsStreamRoundTrip} ({@code dnsclient_unix.go}). Knows nothing of DNS but where a
 * message starts and ends; which datagram is the reply, a {@link ReplyFilter} decides.
 */
final class DnsRoundTrip {

    /** Decides whether a datagram from {@code from} is the awaited reply; anything else is dropped as a possible forgery. */
    @FunctionalInterface
    interface ReplyFilter {
        boolean accepts(byte[] datagram, Addr from);
    }

    private DnsRoundTrip() {
    }

    /**
     * Reads datagrams of up to {@code maxSize} bytes (longer ones are cut) from {@code p} until
     * {@code filter} accepts one, which is returned; the request went out before, as a datagram
     * on the same connected socket. Only the connection's deadline ends the wait for a reply that
     * is not a forgery.
     */
    static byte[] packet(PacketConn p, int maxSize, ReplyFilter filter) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(maxSize);
        while (true) {
            b.clear();
            Addr from = p.readFrom(b);
            byte[] datagram = Arrays.copyOf(b.array(), b.position());
            if (filter.accepts(datagram, from)) {
                return datagram;
            }
        }
    }

    /**
     * Sends {@code framedRequest} (already length-prefixed) and reads one length-prefixed reply,
     * which is returned without its prefix.
     */
    static byte[] stream(Conn c, byte[] framedRequest) throws IOException {
        c.write(framedRequest);
        byte[] prefix = new byte[2];
        readFull(c, prefix);
        int length = (prefix[0] & 0xff) << 8 | prefix[1] & 0xff;
        byte[] reply = new byte[length];
        readFull(c, reply);
        return reply;
    }

    private static void readFull(Conn c, byte[] b) throws IOException {
        readFull(c, ByteBuffer.wrap(b));
    }

    /** Go's {@code io.ReadFull}: "EOF" when nothing came, "unexpected EOF" when part did. */
    private static void readFull(Conn c, ByteBuffer dst) throws IOException {
        boolean started = false;
        while (dst.hasRemaining()) {
            int n = c.read(dst);
            if (n < 0) {
                throw new EOFException(started ? "unexpected EOF" : "EOF");
            }
            started |= n > 0;
        }
    }
}
