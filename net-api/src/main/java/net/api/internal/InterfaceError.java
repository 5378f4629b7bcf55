package net.api.internal;

import java.io.IOException;

/**
 * The errors of Go's {@code interface.go} ({@code errInvalidInterface},
 * {@code errInvalidInterfaceIndex}, …): plain errors with Go's texts, which the interface
 * functions wrap in an {@link net.api.OpException} {@code route ip+net}. Go does not export
 * them, so neither do we: callers see the text, as Go's callers do.
 */
public final class InterfaceError extends IOException {

    private static final long serialVersionUID = 1L;

    /** Which of Go's errors, with its text. */
    public enum Kind {
        /** Go's {@code errInvalidInterface}, for a nil {@code *Interface}. */
        INVALID_INTERFACE("invalid network interface"),
        /** Go's {@code errInvalidInterfaceIndex}, for an index of 0 or less. */
        INVALID_INTERFACE_INDEX("invalid network interface index"),
        /** Go's {@code errInvalidInterfaceName}, for the name "". */
        INVALID_INTERFACE_NAME("invalid network interface name"),
        /** Go's {@code errNoSuchInterface}, for an index or name the system does not know. */
        NO_SUCH_INTERFACE("no such network interface"),
        /** Go's {@code errNoSuchMulticastInterface}, for a multicast join on an unfit interface. */
        NO_SUCH_MULTICAST_INTERFACE("no such multicast network interface");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** Go's text. */
        public String text() {
            return text;
        }
    }

    private final Kind kind;

    public InterfaceError(Kind kind) {
        super(Args.notNull(kind, "kind").text());
        this.kind = kind;
    }

    /** Which error this is. */
    public Kind kind() {
        return kind;
    }
}
