package net.bench;

import java.io.IOException;

/**
 * Connected pairs on a {@link BlockingStack}: a listener and a number of connections to it,
 * every socket kept by the {@link Workers} so that stopping them closes it.
 */
final class Pairs {

    /** What to start on one pair: its client end and its server end. */
    @FunctionalInterface
    interface Use {
        void start(int index, BlockingStack.Connection client, BlockingStack.Connection server);
    }

    private Pairs() {
    }

    /** Listens, then dials and accepts {@code count} connections, handing each pair to {@code use}. */
    static void open(BlockingStack stack, Workers workers, int count, Use use) throws IOException {
        BlockingStack.Server server = workers.track(stack.listen());
        for (int i = 0; i < count; i++) {
            BlockingStack.Connection client = workers.track(stack.dial(server.port()));
            BlockingStack.Connection peer = workers.track(server.accept());
            use.start(i, client, peer);
        }
    }
}
