package net.api;

import java.net.SocketTimeoutException;
import java.util.Objects;

/**
 * A {@link OpError} whose cause is a timeout: a deadline passed ({@code os.ErrDeadlineExceeded},
 * "i/o timeout") or a dial timed out. It is a {@link SocketTimeoutException}, so Java code that
 * catches timeouts catches it; the connection stays usable afterwards.
 * Example message: {@code read tcp 127.0.0.1:5000->127.0.0.1:6000: i/o timeout}.
 */
public final class OpTimeoutException extends SocketTimeoutException implements OpError {

    private static final long serialVersionUID = 1L;

    /** Go's text for a passed deadline. */
    public static final String IO_TIMEOUT = "i/o timeout";

    private final String op;
    private final String network;
    private final transient Addr source;
    private final transient Addr addr;

    /** A timeout of {@code op} with Go's "i/o timeout" text. */
    public OpTimeoutException(String op, String network, Addr source, Addr addr) {
        super(OpError.format(Objects.requireNonNull(op, "op"), network, source, addr, IO_TIMEOUT));
        this.op = op;
        this.network = network == null ? "" : network;
        this.source = source;
        this.addr = addr;
    }

    @Override public String op() { return op; }
    @Override public String network() { return network; }
    @Override public Addr source() { return source; }
    @Override public Addr addr() { return addr; }
    @Override public boolean timeout() { return true; }
    @Override public boolean temporary() { return true; }
}
