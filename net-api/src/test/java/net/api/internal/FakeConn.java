package net.api.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import net.api.Addr;
import net.api.Conn;

/** A connection made by {@link FakeTransport}: no I/O, but it tells whether it was closed. */
final class FakeConn implements Conn {

    private final FakeTransport transport;
    private final Addr remote;
    private final AtomicBoolean closed = new AtomicBoolean();

    FakeConn(FakeTransport transport, Addr remote) {
        this.transport = transport;
        this.remote = remote;
    }

    boolean isClosed() {
        return closed.get();
    }

    @Override
    public int read(ByteBuffer dst) {
        return -1;
    }

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        src.position(src.limit());
        return n;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            transport.socketClosed();
        }
    }

    @Override
    public Addr localAddr() {
        return null;
    }

    @Override
    public Addr remoteAddr() {
        return remote;
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
