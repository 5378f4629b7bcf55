package net.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bulk transfer on a {@link Sockets}: per connection, a client thread writes chunks of
 * one size as fast as it can and a server thread reads them, counting the bytes received.
 */
final class BlockingBulk implements Workload {

    private final Sockets stack;
    private final int conns;
    private final int chunk;
    private final Workers workers = new Workers();

    BlockingBulk(Sockets stack, int conns, int chunk) {
        this.stack = stack;
        this.conns = conns;
        this.chunk = chunk;
    }

    @Override
    public void start(LongAdder done) throws Exception {
        Pairs.open(stack, workers, conns, (i, client, server) -> {
            workers.start("sink-" + i, () -> sink(server, done));
            workers.start("source-" + i, () -> source(client));
        });
    }

    private void sink(Sockets.Stream c, LongAdder done) throws Exception {
        ByteBuffer buf = ByteBuffer.allocate(chunk);
        while (!workers.stopped()) {
            buf.clear();
            int n = c.read(buf);
            if (n < 0) {
                return;
            }
            done.add(n);
        }
    }

    private void source(Sockets.Stream c) throws Exception {
        ByteBuffer buf = ByteBuffer.allocate(chunk);
        while (!workers.stopped()) {
            buf.clear();
            c.write(buf);
        }
    }

    @Override
    public void close() throws IOException {
        workers.close();
    }
}
