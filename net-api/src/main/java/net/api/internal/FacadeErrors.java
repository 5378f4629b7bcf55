package net.api.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import net.api.Addr;
import net.api.OpError;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;

/**
 * The errors that dial and listen throw: a failure wrapped into Go's {@code *net.OpError}
 * once. What a transport already reported as an {@link OpError} passes through unchanged, a
 * timeout becomes an {@link OpTimeoutException}, an interrupt an {@link OpInterruptedException},
 * anything else (a failed lookup, a bad address) an {@link OpException} whose cause it is.
 */
public final class FacadeErrors {

    private FacadeErrors() {
    }

    /**
     * The error to throw for {@code cause}, a failure of {@code op} on {@code network}, between
     * {@code source} and {@code addr} (either may be {@code null}). If {@code cause} is an
     * interrupt, the calling thread's interrupt status is set again, as Java code expects.
     */
    public static IOException wrap(String op, String network, Addr source, Addr addr, IOException cause) {
        if (isInterrupt(cause)) {
            Thread.currentThread().interrupt();
        }
        if (cause instanceof OpError) {
            return cause;
        }
        IOException e;
        if (cause instanceof SocketTimeoutException) {
            e = new OpTimeoutException(op, network, source, addr);
        } else if (cause instanceof InterruptedIOException) {
            e = new OpInterruptedException(op, network, source, addr);
        } else {
            return new OpException(op, network, source, addr, cause);
        }
        e.initCause(cause);
        return e;
    }

    /** Whether {@code e} says that its thread was interrupted (a timeout is not an interrupt). */
    public static boolean isInterrupt(IOException e) {
        return e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException);
    }
}
