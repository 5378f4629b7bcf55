package net.api;

import java.io.Closeable;
import java.io.IOException;

/**
 * Go's {@code net.Listener}: accepts stream connections. {@link #close()} unblocks a pending
 * {@link #accept()}, which then throws an {@link OpException} caused by a {@link ClosedException}.
 */
public interface Listener extends Closeable {

    /** Waits for and returns the next connection (Go's {@code Accept}). */
    Conn accept() throws IOException;

    /** Stops listening and unblocks pending accepts. Closing twice is harmless. */
    @Override
    void close() throws IOException;

    /** The address listened on (Go's {@code Addr}). */
    Addr addr();
}
