package net.api;

import java.io.IOException;

/**
 * Go's {@code net.ErrWriteToConnected}: "use of WriteTo with pre-connected connection", the
 * cause of the {@link OpException} that {@code writeTo} on a connected datagram socket throws.
 */
public final class WriteToConnectedException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    public WriteToConnectedException() {
        super("use of WriteTo with pre-connected connection");
    }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
