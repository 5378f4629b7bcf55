package net.api;

import java.io.InterruptedIOException;

/**
 * A blocked call ended because its thread was interrupted. Go has no interrupts; Java code
 * expects an {@link InterruptedIOException}, and the thread's interrupt status stays set.
 * Unlike the JDK's interruptible channels, the connection or listener stays open.
 * Example message: {@code read tcp 127.0.0.1:5000->127.0.0.1:6000: interrupted}.
 */
public final class OpInterruptedException extends InterruptedIOException implements OpError {

    private static final long serialVersionUID = 2L;

    private final OpSite site;

    public OpInterruptedException(String op, String network, Addr source, Addr addr) {
        this(new OpSite(op, network, source, addr));
    }

    private OpInterruptedException(OpSite site) {
        super(site.message("interrupted"));
        this.site = site;
    }

    @Override public OpSite site() { return site; }
    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
