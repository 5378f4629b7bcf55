package net.bench;

import java.io.IOException;

/**
 * Connected pairs on a {@link Sockets}: a listener and a number of connections to it,
 * every socket kept by the {@link Workers} so that stopping them closes it.
 */
final class Pairs {

    /** What to start on one pair: its client end and its server end. */
    @FunctionalInterface
    interface Use {
        void start(int index, Sockets.Stream client, Sockets.Stream server);
    }

    private Pairs() {
    }

    /** Listens, then dials and accepts {@code count} connections, handing each pair to {@code use}. */
    static void open(Sockets stack, Workers workers, int count, Use use) throws IOException {
        Sockets.ServerEnd server = workers.track(stack.listen());
        for (int i = 0; i < count; i++) {
            Sockets.Stream client = workers.track(stack.dial(server.address()));
            Sockets.Stream peer = workers.track(server.accept());
            use.start(i, client, peer);
        }
    }
}
