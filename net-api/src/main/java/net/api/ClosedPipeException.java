package net.api;

import java.io.IOException;

/**
 * Go's {@code io.ErrClosedPipe}, "io: read/write on closed pipe": what an end of a
 * {@link Net#pipe()} throws for a read or write after it was closed, for a write after the other
 * end was closed, and for a deadline set when either end is closed. Go returns this error
 * unwrapped, without an {@code OpError} around it, and so does this library. Its cause is a
 * {@link ClosedException}, so that {@link ClosedException#isClosed(Throwable)} recognises it
 * as it does every other operation on a closed connection.
 */
public final class ClosedPipeException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    /** Go's text. */
    public static final String MESSAGE = "io: read/write on closed pipe";

    public ClosedPipeException() {
        super(MESSAGE, new ClosedException());
    }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
