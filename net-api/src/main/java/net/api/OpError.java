package net.api;

/**
 * What Go's {@code *net.OpError} carries: the operation, the network, the local and remote
 * addresses. Implemented by {@link OpException}, and by {@link OpTimeoutException} and
 * {@link OpInterruptedException}, which must extend other JDK exceptions so that a timeout is
 * a {@link java.net.SocketTimeoutException} and an interrupt an
 * {@link java.io.InterruptedIOException}, as Java code expects.
 */
public sealed interface OpError extends NetError
        permits OpException, OpTimeoutException, OpInterruptedException {

    /** The operation: dial, listen, accept, read, write, close, set, readfrom, writeto, … */
    String op();

    /** The network ("tcp", "udp6", "unix", …), or "" if none. */
    String network();

    /** The local address, or {@code null} if not known. */
    Addr source();

    /** The remote (or, for listen, the local) address, or {@code null} if not known. */
    Addr addr();

    /**
     * Go's {@code OpError.Error()}: {@code op[ net][ source->addr| addr]: detail}. For example
     * {@code dial tcp 127.0.0.1:1: connect: connection refused}.
     */
    static String format(String op, String network, Addr source, Addr addr, String detail) {
        StringBuilder sb = new StringBuilder(op);
        if (network != null && !network.isEmpty()) {
            sb.append(' ').append(network);
        }
        if (source != null) {
            sb.append(' ').append(source);
        }
        if (addr != null) {
            sb.append(source != null ? "->" : " ").append(addr);
        }
        return sb.append(": ").append(detail).toString();
    }
}
