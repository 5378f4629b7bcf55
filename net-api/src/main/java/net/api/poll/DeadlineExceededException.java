package net.api.poll;

import java.io.InterruptedIOException;

/**
 * Go's {@code os.ErrDeadlineExceeded} as the poller raises it: a read, write or accept ran past
 * its deadline. Transports turn it into an {@link net.api.OpTimeoutException} with
 * {@link OpErrors#wrap}. As every {@link InterruptedIOException}, it says in
 * {@link #bytesTransferred} how much a write had written (Go returns that count with the error).
 */
public final class DeadlineExceededException extends InterruptedIOException implements net.api.NetError {

    private static final long serialVersionUID = 1L;

    public DeadlineExceededException() {
        super(net.api.OpTimeoutException.IO_TIMEOUT);
    }

    /** Always: Go's {@code os.ErrDeadlineExceeded} is a timeout, and so temporary. */
    @Override
    public boolean timeout() {
        return true;
    }

    @Override
    public boolean temporary() {
        return true;
    }
}
