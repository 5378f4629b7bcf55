package net.bench;

import java.time.Duration;

/**
 * One TCP implementation under test, serving and driving the three workloads of the TCP
 * benchmark on loopback: 64-byte echo ping-pong, bulk writes into a discarding server, and
 * connect-accept-close cycles. Each run lasts {@code d} and returns what it counted.
 */
interface TcpPeer extends AutoCloseable {

    /** The name printed in the results, for example "gonet". */
    String name();

    /** Round trips of {@code size}-byte messages over {@code conns} connections to an echo server. */
    long pingPong(int conns, int size, Duration d) throws Exception;

    /** Bytes written in {@code chunk}-byte writes over one connection to a discarding server. */
    long bulk(int chunk, Duration d) throws Exception;

    /**
     * Connections made and closed by {@code dialers} concurrent dialers against a server that
     * accepts and closes; the dialers close with linger 0, so no TIME_WAIT piles up.
     */
    long connectCycles(int dialers, Duration d) throws Exception;

    @Override
    void close() throws Exception;
}
