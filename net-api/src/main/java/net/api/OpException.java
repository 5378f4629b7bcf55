package net.api;

import java.io.IOException;
import net.api.internal.Args;

/**
 * Go's {@code *net.OpError}: the usual error of a dial, listen, read, write, accept or close,
 * wrapping the cause. Its message is Go's, for example
 * {@code dial tcp 127.0.0.1:1: connect: connection refused} or
 * {@code read tcp 127.0.0.1:80->127.0.0.1:1234: use of closed network connection}.
 */
public final class OpException extends IOException implements OpError {

    private static final long serialVersionUID = 2L;

    private final OpSite site;

    /**
     * @param op the operation, never null
     * @param network the network, or "" or null when there is none
     * @param source the local address, or null
     * @param addr the remote address, or null
     * @param cause what went wrong, never null (Go panics on an OpError without Err)
     */
    public OpException(String op, String network, Addr source, Addr addr, Throwable cause) {
        this(new OpSite(op, network, source, addr), Args.notNull(cause, "cause"));
    }

    private OpException(OpSite site, Throwable cause) {
        super(site.message(detail(cause)), cause);
        this.site = site;
    }

    /** The text Go prints for an error: the message, or the class name where there is none. */
    static String detail(Throwable cause) {
        String m = cause.getMessage();
        return m != null ? m : cause.getClass().getSimpleName();
    }

    @Override
    public OpSite site() {
        return site;
    }

    @Override
    public boolean timeout() {
        return NetError.isTimeout(getCause());
    }

    /** Go: the cause says; a timeout is temporary. */
    @Override
    public boolean temporary() {
        if (getCause() instanceof NetError ne) {
            return ne.temporary();
        }
        return timeout();
    }
}
