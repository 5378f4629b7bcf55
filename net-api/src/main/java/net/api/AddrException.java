package net.api;

import java.io.IOException;
import java.util.Objects;

/**
 * Go's {@code *net.AddrError}: an address is malformed or unusable. Message:
 * {@code address ADDR: ERR}, or just {@code ERR} when there is no address, for example
 * {@code address 1.2.3.4: missing port in address}.
 */
public final class AddrException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    private final String err;
    private final String addr;

    /**
     * @param err what is wrong
     * @param addr the address it is wrong with, or "" or null
     */
    public AddrException(String err, String addr) {
        super(format(Objects.requireNonNull(err, "err"), addr));
        this.err = err;
        this.addr = addr == null ? "" : addr;
    }

    private static String format(String err, String addr) {
        return addr == null || addr.isEmpty() ? err : "address " + addr + ": " + err;
    }

    /** What is wrong (Go's {@code Err}). */
    public String err() { return err; }

    /** The address (Go's {@code Addr}), or "". */
    public String addr() { return addr; }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
