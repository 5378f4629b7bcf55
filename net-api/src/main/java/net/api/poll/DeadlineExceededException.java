package net.api.poll;

import java.io.IOException;

/**
 * Go's {@code os.ErrDeadlineExceeded} as the poller raises it: a read, write or accept ran past
 * its deadline. Transports turn it into an {@link net.api.OpTimeoutException} with
 * {@link OpErrors#wrap}.
 */
public final class DeadlineExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    public DeadlineExceededException() {
        super(net.api.OpTimeoutException.IO_TIMEOUT);
    }
}
