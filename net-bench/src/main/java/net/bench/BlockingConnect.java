package net.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;

/**
 * Connect-accept-close cycles on a {@link Sockets}: dialer threads each connect, wait
 * until the server has accepted and closed the connection (end of stream), close their end and
 * count one cycle; one server thread accepts and closes.
 */
final class BlockingConnect implements Workload {

    private final Sockets stack;
    private final int dialers;
    private final Workers workers = new Workers();

    BlockingConnect(Sockets stack, int dialers) {
        this.stack = stack;
        this.dialers = dialers;
    }

    @Override
    public void start(LongAdder done) throws Exception {
        Sockets.ServerEnd server = workers.track(stack.listen());
        workers.start("accept", () -> accept(server));
        for (int i = 0; i < dialers; i++) {
            workers.start("dial-" + i, () -> dial(server.address(), done));
        }
    }

    private void accept(Sockets.ServerEnd server) throws IOException {
        while (!workers.stopped()) {
            server.accept().close();
        }
    }

    private void dial(String address, LongAdder done) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1);
        while (!workers.stopped()) {
            try (Sockets.Stream c = stack.dial(address)) {
                buf.clear();
                if (c.read(buf) >= 0) {
                    throw new IOException("the server sent data instead of closing");
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
