package net.api;

import java.io.IOException;
import java.util.Objects;

/**
 * Go's {@code *net.ParseError}: a string is not a valid address of the expected type. Message:
 * {@code invalid TYPE: TEXT}, for example {@code invalid CIDR address: 256.0.0.0/8}.
 */
public final class ParseException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String text;

    /**
     * @param type the kind of string expected ("IP address", "CIDR address")
     * @param text the string that did not parse
     */
    public ParseException(String type, String text) {
        super("invalid " + Objects.requireNonNull(type, "type") + ": " + text);
        this.type = type;
        this.text = text;
    }

    /** The kind of string expected (Go's {@code Type}). */
    public String type() { return type; }

    /** The string that did not parse (Go's {@code Text}). */
    public String text() { return text; }

    @Override public boolean timeout() { return false; }
    @Override public boolean temporary() { return false; }
}
