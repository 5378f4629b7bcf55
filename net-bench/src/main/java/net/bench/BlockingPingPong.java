package net.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;

/**
 * Echo ping-pong on a {@link Sockets}: per connection, a client thread writes a message
 * and reads it back whole (one round trip counted), a server thread echoes what it reads.
 */
final class BlockingPingPong implements Workload {

    private final Sockets stack;
    private final int conns;
    private final int size;
    private final Workers workers = new Workers();

    BlockingPingPong(Sockets stack, int conns, int size) {
        this.stack = stack;
        this.conns = conns;
        this.size = size;
    }

    @Override
    public void start(LongAdder done) throws Exception {
        Pairs.open(stack, workers, conns, (i, client, server) -> {
            workers.start("echo-" + i, () -> echo(server));
            workers.start("ping-" + i, () -> ping(client, done));
        });
    }

    private void echo(Sockets.Stream c) throws Exception {
        ByteBuffer buf = ByteBuffer.allocate(size);
        while (!workers.stopped()) {
            buf.clear();
            if (c.read(buf) < 0) {
                return;
            }
            buf.flip();
            c.write(buf);
        }
    }

    private void ping(Sockets.Stream c, LongAdder done) throws Exception {
        ByteBuffer out = ByteBuffer.allocate(size);
        ByteBuffer in = ByteBuffer.allocate(size);
        while (!workers.stopped()) {
            out.clear();
            c.write(out);
            in.clear();
            while (in.hasRemaining()) {
                if (c.read(in) < 0) {
                    throw new EOFException("echo ended the connection");
                }
            }
            done.increment();
        }
    }

    @Override
    public void close() throws IOException {
        workers.close();
    }
}
