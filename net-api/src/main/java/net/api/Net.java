package net.api;

import net.api.internal.Args;
import net.api.internal.HostPort;

/**
 * Go's package {@code net} as static methods: {@code net.Dial} is {@code Net.dial},
 * {@code net.ParseIP} is {@code Net.parseIP}, and so on. Every method checks its arguments and
 * reports a bad one with Go's error and text.
 */
public final class Net {

    private Net() {
    }

    // ---- host:port (Go's ipsock.go) ----

    /**
     * Go's {@code JoinHostPort}: {@code host:port}, the host in brackets when it contains a colon,
     * as an IPv6 literal does ({@code [::1]:80}, {@code [fe80::1%eth0]:80}).
     */
    public static String joinHostPort(String host, String port) {
        return HostPort.join(Args.notNull(host, "host"), Args.notNull(port, "port"));
    }

    // ---- pipe (Go's pipe.go) ----

    /**
     * Go's {@code Pipe}: a synchronous, in-memory, full-duplex connection, both ends of it
     * {@link Conn}s. What one end writes, the other end reads, copied straight from the writer's
     * buffer to the reader's, with no buffering in between: a write blocks until the other end's
     * reads have taken all of it, in as many pieces as their buffers need; a read returns as soon
     * as a write offers some bytes. Writes on one end are never interleaved. Both ends' addresses
     * are "pipe", network "pipe".
     *
     * <p>As in Go, a write of nothing still meets one read, which returns 0, and a read into an
     * empty buffer waits for a write. After {@link Conn#close()} of one end, that end's reads and
     * writes throw {@link ClosedPipeException} (Go's {@code io.ErrClosedPipe}, unwrapped; its cause
     * a {@link ClosedException}, so {@link ClosedException#isClosed(Throwable)} holds); the other
     * end reads the end of the stream (-1) and its writes throw {@link ClosedPipeException}.
     * Setting a deadline when either end is closed throws it too. A passed deadline throws
     * {@link OpTimeoutException} with Go's text, {@code read pipe: i/o timeout}; an interrupt
     * throws {@link OpInterruptedException}. Either leaves the pipe usable.
     */
    public static ConnPair pipe() {
        return net.api.internal.Pipe.newPair();
    }
}
