package net.resolver.go.internal;

import net.api.DNSException;

/**
 * The errors of Go's DNS client that are not I/O errors ({@code dnsclient_unix.go}'s
 * {@code errLameReferral}, {@code errServerMisbehaving}, … and {@code net.go}'s
 * {@code errNoSuchHost}): their text and what {@code newDNSError} makes of them.
 */
enum DnsFault {
    /** An answer with no records, from a server that is neither authoritative nor recursive. */
    LAME_REFERRAL("lame referral", false, false),
    /** A message that does not parse. */
    CANNOT_UNMARSHAL("cannot unmarshal DNS message", false, false),
    /** A query that cannot be built (a name that is not one). */
    CANNOT_MARSHAL("cannot marshal DNS message", false, false),
    /** Any answer code but success and NXDOMAIN, SERVFAIL excepted. */
    SERVER_MISBEHAVING("server misbehaving", false, false),
    /** SERVFAIL: Go's {@code errServerTemporarilyMisbehaving}, temporary. */
    SERVER_TEMPORARILY_MISBEHAVING("server misbehaving", true, false),
    /** A reply over TCP that does not answer the question, or with more than one question. */
    INVALID_RESPONSE("invalid DNS response", false, false),
    /** NXDOMAIN, or no record of the type asked for. */
    NO_SUCH_HOST(DNSException.NO_SUCH_HOST, false, true);

    private final String text;
    private final boolean temporary;
    private final boolean notFound;

    DnsFault(String text, boolean temporary, boolean notFound) {
        this.text = text;
        this.temporary = temporary;
        this.notFound = notFound;
    }

    /** Go's text of the error. */
    String text() {
        return text;
    }

    /** Go's {@code newDNSError(err, name, server)} for this error. */
    DNSException error(String name, String server) {
        return new DNSException(text, name, server, false, temporary, notFound);
    }

    /** This error as a checked exception, to leave an exchange with. */
    FaultException exception() {
        return new FaultException(this);
    }

    /** An exchange ended with a {@link DnsFault} rather than an I/O error. */
    static final class FaultException extends java.io.IOException {

        private static final long serialVersionUID = 1L;

        private final transient DnsFault fault;

        FaultException(DnsFault fault) {
            super(fault.text());
            this.fault = fault;
        }

        DnsFault fault() {
            return fault;
        }
    }
}
