package net.api.internal;

import net.api.Addr;

/** The address of both ends of a pipe, Go's {@code pipeAddr} in pipe.go: "pipe" for both strings. */
record PipeAddr() implements Addr {

    /** The network name, and the address's text. */
    static final String PIPE = "pipe";

    @Override
    public String network() {
        return PIPE;
    }

    @Override
    public String toString() {
        return PIPE;
    }
}
