package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import net.api.Addr;
import net.api.Conn;
import net.api.IP;
import net.api.OpTimeoutException;
import net.api.PacketConn;
import net.api.UDPAddr;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The UDP exchange over a scripted in-memory datagram connection: a reply counts only when it
 * comes from the server asked, besides answering the query (Go relies on the connected socket
 * for the first; this checks it again, for transports whose reads report other senders).
 */
class DnsExchangeTest {

    /** One datagram to deliver and who sent it. */
    private record Datagram(byte[] bytes, Addr from) {
    }

    /** A connected datagram socket in memory: each write produces the datagrams of the script. */
    private static final class ScriptedConn implements Conn, PacketConn {
        private final Function<Message, List<Datagram>> script;
        private final Deque<Datagram> pending = new ArrayDeque<>();
        private boolean closed;

        ScriptedConn(Function<Message, List<Datagram>> script) {
            this.script = script;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            byte[] b = new byte[src.remaining()];
            src.get(b);
            pending.addAll(script.apply(new Message(b)));
            return b.length;
        }

        @Override
        public Addr readFrom(ByteBuffer dst) throws IOException {
            Datagram d = pending.poll();
            if (d == null) {
                throw new OpTimeoutException("read", "udp", null, null);
            }
            dst.put(d.bytes(), 0, Math.min(d.bytes().length, dst.remaining()));
            return d.from();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            readFrom(dst);
            return dst.position();
        }

        @Override
        public int writeTo(ByteBuffer src, Addr addr) {
            throw new UnsupportedOperationException("connected");
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public Addr localAddr() {
            return null;
        }

        @Override
        public Addr remoteAddr() {
            return null;
        }

        @Override
        public void setDeadline(Instant deadline) {
        }

        @Override
        public void setReadDeadline(Instant deadline) {
        }

        @Override
        public void setWriteDeadline(Instant deadline) {
        }
    }

    private static UDPAddr udp(int a, int b, int c, int d, int port) {
        return new UDPAddr(IP.v4(a, b, c, d), port);
    }

    private static byte[] reply(Message query, String ip) {
        Message m = new Message(query.getHeader().getID());
        m.getHeader().setFlag(Flags.QR);
        m.getHeader().setFlag(Flags.RA);
        m.addRecord(query.getQuestion(), Section.QUESTION);
        m.addRecord(Records.a(query.getQuestion().getName().toString(), ip), Section.ANSWER);
        return m.toWire();
    }

    private static byte[] exchange(ScriptedConn conn) throws IOException {
        DnsExchange exchange = new DnsExchange((network, address, deadline) -> conn);
        DnsWire.Query q = DnsWire.query("go.dev.", Type.A, false, true, 4242);
        return exchange.exchange("127.0.0.1:53", q, Duration.ofSeconds(1), false, null);
    }

    @Test
    void replyFromAnotherSenderIsIgnored() throws IOException {
        byte[][] good = new byte[1][];
        ScriptedConn conn = new ScriptedConn(q -> {
            good[0] = reply(q, "192.0.2.1");
            return List.of(new Datagram(reply(q, "192.0.2.66"), udp(127, 0, 0, 9, 53)),
                    new Datagram(reply(q, "192.0.2.67"), udp(127, 0, 0, 1, 54)),
                    new Datagram(good[0], udp(127, 0, 0, 1, 53)));
        });
        byte[] got = exchange(conn);
        assertArrayEquals(good[0], got);
        assertTrue(conn.closed);
    }

    @Test
    void onlyForgedSendersIsATimeout() {
        ScriptedConn conn = new ScriptedConn(q -> List.of(new Datagram(reply(q, "192.0.2.66"), udp(127, 0, 0, 9, 53))));
        assertThrows(OpTimeoutException.class, () -> exchange(conn));
        assertTrue(conn.closed);
    }

    @Test
    void moreThanOneQuestionIsAnInvalidResponse() {
        ScriptedConn conn = new ScriptedConn(q -> {
            Message m = new Message(q.getHeader().getID());
            m.getHeader().setFlag(Flags.QR);
            m.addRecord(q.getQuestion(), Section.QUESTION);
            m.addRecord(org.xbill.DNS.Record.newRecord(Records.name("other."), Type.A, 1), Section.QUESTION);
            return List.of(new Datagram(m.toWire(), udp(127, 0, 0, 1, 53)));
        });
        assertEquals(DnsFault.INVALID_RESPONSE, assertThrows(DnsFault.FaultException.class, () -> exchange(conn)).fault());
    }

    @Test
    void serverAddresses() {
        ServerAddr v4 = ServerAddr.parse("127.0.0.1:53");
        assertEquals(53, v4.port());
        assertEquals("127.0.0.1:53", v4.on("udp").toString());
        assertEquals("tcp", v4.on("tcp").network());
        assertTrue(v4.sent(new UDPAddr(IP.v4(127, 0, 0, 1), 53)));
        ServerAddr v6 = ServerAddr.parse("[fe80::1%lo]:5353");
        assertEquals("lo", v6.ip().zone());
        assertEquals("[fe80::1%lo]:5353", v6.on("udp").toString());
        for (String bad : List.of("127.0.0.1", "example.com:53", "127.0.0.1:x")) {
            assertThrows(IllegalArgumentException.class, () -> ServerAddr.parse(bad), bad);
        }
    }
}
