package net.api;

import java.io.IOException;

/**
 * Go's {@code net.ErrClosed}: "use of closed network connection". It is the cause of the
 * {@link OpException} that an operation on a closed connection or listener throws; test for it
 * with {@link #isClosed(Throwable)}, the counterpart of Go's {@code errors.Is(err, net.ErrClosed)}.
 */
public final class ClosedException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    /** Go's text. */
    public static final String MESSAGE = "use of closed network connection";

    public ClosedException() {
        super(MESSAGE);
    }

    /** Whether {@code t} or an exception in its cause chain is a {@link ClosedException}. */
    public static boolean isClosed(Throwable t) {
        for (Throwable e = t; e != null && e.getCause() != e; e = e.getCause()) {
            if (e instanceof ClosedException) {
                return true;
            }
        }
        return false;
    }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
