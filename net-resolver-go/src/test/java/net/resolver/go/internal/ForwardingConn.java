package net.resolver.go.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import net.api.Addr;
import net.api.Conn;
import net.api.PacketConn;

/**
 * A connection that passes every call to another, for tests that watch or break one call: a
 * stream {@link Conn} stays a stream, a datagram connection ({@link Conn} and {@link PacketConn})
 * stays one ({@link Packets}). Its first close runs a hook.
 */
class ForwardingConn implements Conn {

    private final Conn conn;
    private final Runnable onClose;
    private boolean closed;

    ForwardingConn(Conn conn, Runnable onClose) {
        this.conn = conn;
        this.onClose = onClose;
    }

    /** {@code conn} forwarded, as a datagram connection when it is one. */
    static ForwardingConn of(Conn conn, Runnable onClose) {
        return conn instanceof PacketConn ? new Packets(conn, onClose) : new ForwardingConn(conn, onClose);
    }

    /** A datagram connection forwarded. */
    static class Packets extends ForwardingConn implements PacketConn {
        private final PacketConn packets;

        Packets(Conn conn, Runnable onClose) {
            super(conn, onClose);
            this.packets = (PacketConn) conn;
        }

        @Override
        public Addr readFrom(ByteBuffer dst) throws IOException {
            return packets.readFrom(dst);
        }

        @Override
        public int writeTo(ByteBuffer src, Addr addr) throws IOException {
            return packets.writeTo(src, addr);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return conn.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return conn.write(src);
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (!closed) {
                closed = true;
                onClose.run();
            }
        }
        conn.close();
    }

    @Override
    public Addr localAddr() {
        return conn.localAddr();
    }

    @Override
    public Addr remoteAddr() {
        return conn.remoteAddr();
    }

    @Override
    public void setDeadline(Instant deadline) throws IOException {
        conn.setDeadline(deadline);
    }

    @Override
    public void setReadDeadline(Instant deadline) throws IOException {
        conn.setReadDeadline(deadline);
    }

    @Override
    public void setWriteDeadline(Instant deadline) throws IOException {
        conn.setWriteDeadline(deadline);
    }
}
