package net.api;

import java.net.SocketTimeoutException;

/**
 * A {@link OpError} whose cause is a timeout: a deadline passed ({@code os.ErrDeadlineExceeded},
 * "i/o timeout") or a dial timed out. It is a {@link SocketTimeoutException}, so Java code that
 * catches timeouts catches it; the connection stays usable afterwards.
 * Example message: {@code read tcp 127.0.0.1:5000->127.0.0.1:6000: i/o timeout}.
 */
public final class OpTimeoutException extends SocketTimeoutException implements OpError {

    private static final long serialVersionUID = 2L;

    /** Go's text for a passed deadline. */
    public static final String IO_TIMEOUT = "i/o timeout";

    private final OpSite site;

    /** A timeout of {@code op} with Go's "i/o timeout" text. */
    public OpTimeoutException(String op, String network, Addr source, Addr addr) {
        this(new OpSite(op, network, source, addr));
    }

    private OpTimeoutException(OpSite site) {
        super(site.message(IO_TIMEOUT));
        this.site = site;
    }

    @Override public OpSite site() { return site; }
    @Override public boolean timeout() { return true; }
    @Override public boolean temporary() { return true; }
}
