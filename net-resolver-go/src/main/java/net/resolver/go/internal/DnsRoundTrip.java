package net.resolver.go.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.api.Conn;

/**
 * The bytes of one DNS exchange on one connection: Go's {@code dnsPacketRoundTrip} and
 * {@code dnsStreamRoundTrip} ({@code dnsclient_unix.go}). Knows nothing of DNS but where a
 * message starts and ends; which datagram is the reply, a {@link ReplyFilter} decides.
 */
final class DnsRoundTrip {

    /** Decides whether a datagram is the awaited reply; anything else is dropped as a possible forgery. */
    @FunctionalInterface
    interface ReplyFilter {
        boolean accepts(byte[] datagram);
    }

    private DnsRoundTrip() {
    }

    /**
     * Sends {@code request} as one datagram, then reads datagrams of up to {@code maxSize} bytes
     * (longer ones are cut) until {@code filter} accepts one, which is returned. Only the
     * connection's deadline ends the wait for a reply that is not a forgery.
     */
    static byte[] packet(Conn c, byte[] request, int maxSize, ReplyFilter filter) throws IOException {
        c.write(request);
        byte[] b = new byte[maxSize];
        while (true) {
            int n = c.read(b);
            if (n < 0) {
                throw new EOFException("EOF");
            }
            byte[] datagram = Arrays.copyOf(b, n);
            if (filter.accepts(datagram)) {
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
