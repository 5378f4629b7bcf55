package net.resolver.go.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.api.Addr;
import net.api.Conn;
import net.api.IP;
import net.api.OpTimeoutException;
import net.api.PacketConn;
import net.api.TCPAddr;
import net.api.UDPAddr;

/**
 * A {@link DnsDialer} for tests on the JDK's own blocking sockets, until the UDP transport of
 * {@code net-udp} is there: a connected {@link DatagramSocket} as a {@link Conn} that is also a
 * {@link PacketConn}, a {@link Socket} as a stream {@link Conn}, both with Go's deadline
 * behaviour ("i/o timeout"). It refuses any address outside 127.0.0.0/8, so that no test can reach
 * a real name server, and it counts the connections still open and the dials made.
 */
final class LoopbackDialer implements DnsDialer {

    /** One dial: the network and the address. */
    record Dial(String network, String address) {
    }

    private final AtomicInteger open = new AtomicInteger();
    private final List<Dial> dials = new ArrayList<>();

    @Override
    public Conn dial(String network, String address, Instant deadline) throws IOException {
        int colon = address.lastIndexOf(':');
        InetAddress host = InetAddress.getByName(address.substring(0, colon));
        if (!host.isLoopbackAddress() || host.getAddress().length != 4) {
            throw new IllegalStateException("tests dial 127.0.0.0/8 only, not " + address);
        }
        InetSocketAddress remote = new InetSocketAddress(host, Integer.parseInt(address.substring(colon + 1)));
        synchronized (dials) {
            dials.add(new Dial(network, address));
        }
        if (!Instant.now().isBefore(deadline)) {
            throw new OpTimeoutException("dial", network, null, udp(remote));
        }
        Conn c = switch (network) {
            case "udp" -> new Udp(remote);
            case "tcp" -> new Tcp(remote, deadline);
            default -> throw new IllegalArgumentException(network);
        };
        open.incrementAndGet();
        return c;
    }

    /** The connections dialed and not yet closed. */
    int open() {
        return open.get();
    }

    /** Every dial so far, in order. */
    List<Dial> dials() {
        synchronized (dials) {
            return List.copyOf(dials);
        }
    }

    private static UDPAddr udp(InetSocketAddress a) {
        return new UDPAddr(IP.fromInetAddress(a.getAddress()), a.getPort());
    }

    private static TCPAddr tcp(InetSocketAddress a) {
        return new TCPAddr(IP.fromInetAddress(a.getAddress()), a.getPort());
    }

    /** Milliseconds left before {@code deadline} for a socket timeout, at least 1; throws once it has passed. */
    private static int millisLeft(Instant deadline, String op, String network, Addr local, Addr remote)
            throws OpTimeoutException {
        if (deadline == null) {
            return 0;
        }
        long ms = Duration.between(Instant.now(), deadline).toMillis();
        if (ms <= 0) {
            throw new OpTimeoutException(op, network, local, remote);
        }
        return (int) Math.min(Integer.MAX_VALUE, ms);
    }

    /** The parts both connections share: the addresses, the deadline and the closing count. */
    private abstract class Base {
        volatile Instant deadline;
        private boolean closed;
        Addr local;
        Addr remote;

        public Addr localAddr() {
            return local;
        }

        public Addr remoteAddr() {
            return remote;
        }

        public void setDeadline(Instant d) {
            deadline = d;
        }

        public void setReadDeadline(Instant d) {
            deadline = d;
        }

        public void setWriteDeadline(Instant d) {
        }

        abstract void closeSocket() throws IOException;

        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                open.decrementAndGet();
                closeSocket();
            }
        }
    }

    private final class Udp extends Base implements Conn, PacketConn {
        private final DatagramSocket socket;

        Udp(InetSocketAddress to) throws IOException {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.connect(to);
            local = udp((InetSocketAddress) socket.getLocalSocketAddress());
            remote = udp(to);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            socket.setSoTimeout(millisLeft(deadline, "read", "udp", local, remote));
            byte[] b = new byte[dst.remaining()];
            DatagramPacket p = new DatagramPacket(b, b.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                throw new OpTimeoutException("read", "udp", local, remote);
            }
            dst.put(b, 0, p.getLength());
            return p.getLength();
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            byte[] b = new byte[src.remaining()];
            src.get(b);
            socket.send(new DatagramPacket(b, b.length));
            return b.length;
        }

        @Override
        public Addr readFrom(ByteBuffer dst) throws IOException {
            read(dst);
            return remote;
        }

        @Override
        public int writeTo(ByteBuffer src, Addr addr) throws IOException {
            return write(src);
        }

        @Override
        void closeSocket() {
            socket.close();
        }
    }

    private final class Tcp extends Base implements Conn {
        private final Socket socket;
        private final InputStream in;

        Tcp(InetSocketAddress to, Instant deadline) throws IOException {
            socket = new Socket();
            remote = tcp(to);
            try {
                socket.connect(to, millisLeft(deadline, "dial", "tcp", null, remote));
            } catch (IOException e) {
                socket.close();
                throw e;
            }
            local = tcp((InetSocketAddress) socket.getLocalSocketAddress());
            in = socket.getInputStream();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            socket.setSoTimeout(millisLeft(deadline, "read", "tcp", local, remote));
            byte[] b = new byte[dst.remaining()];
            int n;
            try {
                n = in.read(b);
            } catch (SocketTimeoutException e) {
                throw new OpTimeoutException("read", "tcp", local, remote);
            }
            if (n > 0) {
                dst.put(b, 0, n);
            }
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            byte[] b = new byte[src.remaining()];
            src.get(b);
            socket.getOutputStream().write(b);
            return b.length;
        }

        @Override
        void closeSocket() throws IOException {
            socket.close();
        }
    }
}
