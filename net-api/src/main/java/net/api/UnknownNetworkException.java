package net.api;

import java.io.IOException;

/**
 * Go's {@code net.UnknownNetworkError}: the network name is not one Go knows
 * ({@code unknown network foo}), or it is known but the module that serves it is not present,
 * in which case the message names the artifact to add.
 */
public final class UnknownNetworkException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    private final String network;

    /** Go's error: {@code unknown network NAME}. */
    public UnknownNetworkException(String network) {
        super("unknown network " + network);
        this.network = network;
    }

    /**
     * A network Go knows whose transport module is absent, for example
     * {@code unknown network tcp: no transport module serves it; add the artifact dev.gonet:net-tcp}.
     */
    public UnknownNetworkException(String network, String artifact) {
        super("unknown network " + network + ": no transport module serves it; add the artifact " + artifact);
        this.network = network;
    }

    /** The network name as given. */
    public String network() { return network; }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
