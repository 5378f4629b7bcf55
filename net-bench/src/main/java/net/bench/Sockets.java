package net.bench;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Blocking TCP sockets of one implementation, as the blocking workloads ({@link BlockingPingPong},
 * {@link BlockingBulk}, {@link BlockingConnect}) use them:
 * listen on loopback, accept, dial, read, write and close. Implemented over our library and
 * over the JDK's blocking channels.
 */
interface Sockets {

    /** The name printed in the results. */
    String name();

    /** A listener on 127.0.0.1 with a port the system chose. */
    ServerEnd listen() throws IOException;

    /** A connection to {@code address}, as {@link ServerEnd#address()} gave it. */
    Stream dial(String address) throws IOException;

    /** A listening socket. */
    interface ServerEnd extends AutoCloseable {

        Stream accept() throws IOException;

        /** The address to dial, {@code 127.0.0.1:port}. */
        String address();

        @Override
        void close() throws IOException;
    }

    /** A connected socket. */
    interface Stream extends AutoCloseable {

        /** Reads what is available into {@code b}; -1 at the end of the stream. */
        int read(ByteBuffer b) throws IOException;

        /** Writes all of {@code b}. */
        void write(ByteBuffer b) throws IOException;

        /** Closes with linger 0: a reset instead of a TIME_WAIT. */
        void abort() throws IOException;

        @Override
        void close() throws IOException;
    }
}
