package net.it;

import java.io.IOException;
import net.api.Listener;

/** A server for dial tests: accepts and closes every connection until its listener is closed. */
final class AcceptLoop {

    private AcceptLoop() {
    }

    /** Starts the loop on a virtual thread, which ends when {@code ln} is closed. */
    static Thread acceptAndClose(Listener ln) {
        return Thread.ofVirtual().start(() -> {
            while (true) {
                try {
                    ln.accept().close();
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }
}
