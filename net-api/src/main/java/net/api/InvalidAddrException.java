package net.api;

import java.io.IOException;

/** Go's {@code net.InvalidAddrError}: the message is the error's whole text. */
public final class InvalidAddrException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    public InvalidAddrException(String message) {
        super(message);
    }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
