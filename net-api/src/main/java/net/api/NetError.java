package net.api;

/**
 * Go's {@code net.Error}: an error that can say whether it is a timeout and whether it is
 * temporary. Every exception this library defines implements it.
 */
public interface NetError {

    /** Whether the error is a timeout (Go's {@code Timeout()}). */
    boolean timeout();

    /**
     * Whether the error is temporary (Go's deprecated {@code Temporary()}, kept because Go's
     * {@code DNSError} and accept loops still rely on it).
     */
    boolean temporary();

    /**
     * Whether {@code t}, or an exception in its cause chain, is a {@link NetError} that says it is
     * a timeout, or a {@link java.net.SocketTimeoutException}. This is Go's {@code Timeout()}
     * through {@code errors.As}.
     */
    static boolean isTimeout(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof NetError ne) {
                return ne.timeout();
            }
            if (e instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }
}
