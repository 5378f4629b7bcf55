package net.resolver.go.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * How a lookup ends when its thread is interrupted: with an {@link InterruptedIOException}, the
 * interrupt status kept, instead of the next server or name being tried. Go has no interrupts;
 * this is the Java counterpart of a cancelled context.
 */
final class Interrupts {

    private Interrupts() {
    }

    /** Throws when the current thread has been interrupted. */
    static void check(String name) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(name, null);
        }
    }

    /**
     * Throws when {@code e} is an interrupt (an {@link InterruptedIOException} that is not a
     * timeout), or when the current thread has been interrupted, which some transports report
     * as another error (a closed channel, for instance).
     */
    static void rethrowIfInterrupt(IOException e, String name) throws InterruptedIOException {
        if (e instanceof InterruptedIOException ie && !(e instanceof SocketTimeoutException)) {
            Thread.currentThread().interrupt();
            throw ie;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(name, e);
        }
    }

    /** {@code lookup NAME: interrupted}, caused by {@code cause}. */
    static InterruptedIOException interrupted(String name, Throwable cause) {
        InterruptedIOException e = new InterruptedIOException("lookup " + name + ": interrupted");
        e.initCause(cause);
        return e;
    }
}
