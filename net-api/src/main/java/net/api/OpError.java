package net.api;

/**
 * What Go's {@code *net.OpError} carries: the operation, the network, the local and remote
 * addresses, held as one {@link OpSite}. Implemented by {@link OpException}, and by
 * {@link OpTimeoutException} and {@link OpInterruptedException}, which must extend other JDK
 * exceptions so that a timeout is a {@link java.net.SocketTimeoutException} and an interrupt an
 * {@link java.io.InterruptedIOException}, as Java code expects.
 */
public sealed interface OpError extends NetError
        permits OpException, OpTimeoutException, OpInterruptedException {

    /** Where the operation failed: operation, network and addresses. */
    OpSite site();

    /** The operation: dial, listen, accept, read, write, close, set, readfrom, writeto, … */
    default String op() {
        return site().op();
    }

    /** The network ("tcp", "udp6", "unix", …), or "" if none. */
    default String network() {
        return site().network();
    }

    /** The local address, or {@code null} if not known. */
    default Addr source() {
        return site().source();
    }

    /** The remote (or, for listen, the local) address, or {@code null} if not known. */
    default Addr addr() {
        return site().addr();
    }
}
