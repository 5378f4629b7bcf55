package net.api.poll;

import java.io.InterruptedIOException;

/**
 * A wait in the poller ended because its thread was interrupted; the interrupt status stays set
 * and the channel stays open. Transports turn it into an {@link net.api.OpInterruptedException}
 * with {@link OpErrors#wrap}.
 */
public final class PollInterruptedException extends InterruptedIOException implements net.api.NetError {

    private static final long serialVersionUID = 1L;

    public PollInterruptedException() {
        super("interrupted");
    }

    /** Never: an interrupt is neither a timeout nor temporary. */
    @Override
    public boolean timeout() {
        return false;
    }

    @Override
    public boolean temporary() {
        return false;
    }
}
