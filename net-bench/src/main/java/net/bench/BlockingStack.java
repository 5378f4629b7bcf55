package net.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A blocking TCP stack on loopback, driven one thread per connection: ours (Conn and Listener
 * from net.api) or the raw JDK (blocking SocketChannel), so that both run the same benchmark code.
 */
interface BlockingStack {

    /** Listens on 127.0.0.1 on a port of the system's choosing. */
    Server listen() throws IOException;

    /** Connects to 127.0.0.1:{@code port}. */
    Connection dial(int port) throws IOException;

    /** A listening socket. */
    interface Server extends Closeable {

        /** The port it listens on. */
        int port();

        /** Waits for the next connection. */
        Connection accept() throws IOException;
    }

    /** A connected socket. */
    interface Connection extends Closeable {

        /** Reads what is there, at least one byte; -1 at the end of the stream. */
        int read(ByteBuffer dst) throws IOException;

        /** Writes all of {@code src}. */
        void write(ByteBuffer src) throws IOException;
    }
}
