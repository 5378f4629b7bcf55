package net.api;

import java.io.IOException;
import java.util.Objects;

/**
 * Go's {@code *net.DNSError}: a lookup failed. Message: {@code lookup NAME[ on SERVER]: ERR},
 * for example {@code lookup example.invalid on 127.0.0.1:53: no such host}.
 */
public final class DNSException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    /** Go's {@code errNoSuchHost} text. */
    public static final String NO_SUCH_HOST = "no such host";

    private final String err;
    private final String name;
    private final String server;
    private final boolean isTimeout;
    private final boolean isTemporary;
    private final boolean isNotFound;

    /**
     * @param err the description of the error ("no such host", "server misbehaving", …)
     * @param name the name looked for
     * @param server the server used, or "" or null
     */
    public DNSException(String err, String name, String server,
                        boolean isTimeout, boolean isTemporary, boolean isNotFound) {
        this(err, name, server, isTimeout, isTemporary, isNotFound, null);
    }

    /** As the other constructor, with the exception that caused this one (Go's {@code UnwrapErr}). */
    public DNSException(String err, String name, String server,
                        boolean isTimeout, boolean isTemporary, boolean isNotFound, Throwable cause) {
        super(format(Objects.requireNonNull(err, "err"), name, server), cause);
        this.err = err;
        this.name = name == null ? "" : name;
        this.server = server == null ? "" : server;
        this.isTimeout = isTimeout;
        this.isTemporary = isTemporary;
        this.isNotFound = isNotFound;
    }

    /** A not-found error: Go's {@code newDNSError(errNoSuchHost, name, server)}. */
    public static DNSException noSuchHost(String name, String server) {
        return new DNSException(NO_SUCH_HOST, name, server, false, false, true);
    }

    private static String format(String err, String name, String server) {
        StringBuilder sb = new StringBuilder("lookup ").append(name == null ? "" : name);
        if (server != null && !server.isEmpty()) {
            sb.append(" on ").append(server);
        }
        return sb.append(": ").append(err).toString();
    }

    /** The description of the error, without name and server (Go's {@code Err}). */
    public String err() { return err; }

    /** The name looked for. */
    public String name() { return name; }

    /** The server used, or "". */
    public String server() { return server; }

    /** Whether the name was not found (Go's {@code IsNotFound}). */
    public boolean isNotFound() { return isNotFound; }

    @Override public boolean timeout() { return isTimeout; }

    /** Go: a timeout is temporary too. */
    @Override public boolean temporary() { return isTimeout || isTemporary; }
}
