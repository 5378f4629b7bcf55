package net.api;

import java.io.InterruptedIOException;
import java.util.Objects;

/**
 * A blocked call ended because its thread was interrupted. Go has no interrupts; Java code
 * expects an {@link InterruptedIOException}, and the thread's interrupt status stays set.
 * Unlike the JDK's interruptible channels, the connection or listener stays open.
 * Example message: {@code read tcp 127.0.0.1:5000->127.0.0.1:6000: interrupted}.
 */
public final class OpInterruptedException extends InterruptedIOException implements OpError {

    private static final long serialVersionUID = 1L;

    private final String op;
    private final String network;
    private final transient Addr source;
    private final transient Addr addr;

    public OpInterruptedException(String op, String network, Addr source, Addr addr) {
        super(OpError.format(Objects.requireNonNull(op, "op"), network, source, addr, "interrupted"));
        this.op = op;
        this.network = network == null ? "" : network;
        this.source = source;
        this.addr = addr;
    }

    @Override public String op() { return op; }
    @Override public String network() { return network; }
    @Override public Addr source() { return source; }
    @Override public Addr addr() { return addr; }
    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
