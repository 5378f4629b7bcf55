package net.tcp;

import java.io.IOException;
import java.time.Instant;
import net.api.Listener;
import net.api.TCPAddr;

/**
 * Go's {@code *net.TCPListener}: a {@link Listener} for TCP with an accept deadline. Accepted
 * connections get TCP_NODELAY and the listen's keep-alive settings, as in Go.
 */
public sealed interface TCPListener extends Listener permits net.tcp.internal.TcpListener {

    /** Waits for and returns the next connection (Go's {@code AcceptTCP}). */
    @Override
    TCPConn accept() throws IOException;

    @Override
    TCPAddr addr();

    /**
     * Sets the deadline of pending and future accepts, {@code null} for none (Go's
     * {@code SetDeadline}). As in Go, a failure is not wrapped: a closed listener throws
     * {@link net.api.ClosedException} itself.
     */
    void setDeadline(Instant deadline) throws IOException;
}
