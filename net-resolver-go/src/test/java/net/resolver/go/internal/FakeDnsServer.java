package net.resolver.go.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * An in-process DNS server for tests, on UDP and TCP at the same loopback address and port, whose
 * every answer a script decides: a reply, silence, a slow reply, forged or malformed datagrams
 * before the real one, raw bytes. It records every query it receives. Closing it stops every
 * thread it started.
 */
final class FakeDnsServer implements AutoCloseable {

    /** Decides what the server does with one query. */
    @FunctionalInterface
    interface Script {
        Response answer(Query q) throws IOException;
    }

    /**
     * A query as received.
     *
     * @param transport "udp" or "tcp"
     * @param message the query
     * @param from the client's address
     */
    record Query(String transport, Message message, InetSocketAddress from) {

        /** The question's name in presentation form, with its trailing dot. */
        String name() {
            return message.getQuestion().getName().toString();
        }

        /** The question's type. */
        int type() {
            return message.getQuestion().getType();
        }

        /** A reply to this query: same ID and question, QR and RA set, RD copied, no records yet. */
        Message reply() {
            Message m = new Message(message.getHeader().getID());
            m.getHeader().setFlag(Flags.QR);
            m.getHeader().setFlag(Flags.RA);
            if (message.getHeader().getFlag(Flags.RD)) {
                m.getHeader().setFlag(Flags.RD);
            }
            m.addRecord(message.getQuestion(), Section.QUESTION);
            return m;
        }

        /** {@link #reply()} with {@code answers} in its answer section. */
        Message reply(Record... answers) {
            Message m = reply();
            for (Record r : answers) {
                m.addRecord(r, Section.ANSWER);
            }
            return m;
        }

        /** {@link #reply()} with the response code {@code rcode}. */
        Message rcode(int rcode) {
            Message m = reply();
            m.getHeader().setRcode(rcode);
            return m;
        }

        /** The EDNS0 record of the query, or null. */
        OPTRecord opt() {
            return message.getOPT();
        }
    }

    /**
     * What to send back: these messages in order (over TCP each framed), after {@code delay};
     * nothing at all for silence.
     */
    record Response(List<byte[]> messages, Duration delay) {

        /** No answer. */
        static Response silence() {
            return new Response(List.of(), Duration.ZERO);
        }

        /** {@code m} as it is. */
        static Response of(Message m) {
            return new Response(List.of(m.toWire()), Duration.ZERO);
        }

        /** These bytes, message after message. */
        static Response raw(byte[]... messages) {
            return new Response(List.of(messages), Duration.ZERO);
        }

        /** The same messages, sent after {@code d}. */
        Response after(Duration d) {
            return new Response(messages, d);
        }
    }

    private static final int BIND_TRIES = 20;

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Script script;
    private final List<Query> queries = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private FakeDnsServer(DatagramSocket udp, ServerSocket tcp, Script script) {
        this.udp = udp;
        this.tcp = tcp;
        this.script = script;
        threads.add(Thread.ofVirtual().name("fake-dns-udp").start(this::serveUdp));
        threads.add(Thread.ofVirtual().name("fake-dns-tcp").start(this::serveTcp));
    }

    /** A server on 127.0.0.1 at a free port. */
    static FakeDnsServer start(Script script) throws IOException {
        return start("127.0.0.1", 0, script);
    }

    /** A server on the loopback address {@code ip} at {@code port}, or at a free port when it is 0. */
    static FakeDnsServer start(String ip, int port, Script script) throws IOException {
        InetAddress addr = InetAddress.getByName(ip);
        if (!addr.isLoopbackAddress()) {
            throw new IllegalArgumentException("the fake server listens on loopback only, not " + ip);
        }
        for (int i = 0; ; i++) {
            DatagramSocket u = new DatagramSocket(new InetSocketAddress(addr, port));
            try {
                ServerSocket t = new ServerSocket();
                try {
                    t.bind(new InetSocketAddress(addr, u.getLocalPort()));
                    return new FakeDnsServer(u, t, script);
                } catch (BindException e) {
                    t.close();
                    throw e;
                }
            } catch (BindException e) {
                u.close();
                if (port != 0 || i == BIND_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** The port of both sockets. */
    int port() {
        return udp.getLocalPort();
    }

    /** Every query received so far, in order. */
    List<Query> queries() {
        return List.copyOf(queries);
    }

    private void serveUdp() {
        byte[] b = new byte[65535];
        while (!udp.isClosed()) {
            DatagramPacket p = new DatagramPacket(b, b.length);
            try {
                udp.receive(p);
            } catch (IOException e) {
                return; // closed
            }
            Message m;
            try {
                m = new Message(java.util.Arrays.copyOf(p.getData(), p.getLength()));
            } catch (IOException e) {
                continue;
            }
            Query q = new Query("udp", m, (InetSocketAddress) p.getSocketAddress());
            SocketAddress to = p.getSocketAddress();
            threads.add(Thread.ofVirtual().start(() -> answerUdp(q, to)));
        }
    }

    private void answerUdp(Query q, SocketAddress to) {
        queries.add(q);
        try {
            Response r = script.answer(q);
            Thread.sleep(r.delay());
            for (byte[] m : r.messages()) {
                udp.send(new DatagramPacket(m, m.length, to));
            }
        } catch (IOException | InterruptedException e) {
            // closed, or the script failed: the client sees silence
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            Socket s;
            try {
                s = tcp.accept();
            } catch (IOException e) {
                return; // closed
            }
            connections.add(s);
            threads.add(Thread.ofVirtual().start(() -> serveConnection(s)));
        }
    }

    private void serveConnection(Socket s) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                int length;
                try {
                    length = in.readUnsignedShort();
                } catch (EOFException e) {
                    return;
                }
                byte[] b = new byte[length];
                in.readFully(b);
                Query q = new Query("tcp", new Message(b), (InetSocketAddress) s.getRemoteSocketAddress());
                queries.add(q);
                Response r = script.answer(q);
                Thread.sleep(r.delay());
                for (byte[] m : r.messages()) {
                    out.write(new byte[] {(byte) (m.length >> 8), (byte) m.length});
                    out.write(m);
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the server closes
        }
    }

    /** Closes both sockets and every connection, and waits for every thread to end. */
    @Override
    public void close() throws IOException {
        udp.close();
        tcp.close();
        for (Socket s : connections) {
            s.close();
        }
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Names of the queries received, as "transport type name", in order. */
    List<String> log() {
        List<String> out = new ArrayList<>();
        for (Query q : queries()) {
            out.add(q.transport() + " " + org.xbill.DNS.Type.string(q.type()) + " " + q.name());
        }
        return out;
    }
}
