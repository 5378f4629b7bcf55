package net.api.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the {@code netdns} debug lines go (Go prints them to standard error): the SLF4J logger
 * {@value #NAME}, at INFO for the lines Go prints and at DEBUG for our reasons behind each
 * decision. A library never writes to the standard streams itself; binding an SLF4J provider
 * (slf4j-simple writes INFO to standard error) shows them.
 */
final class DnsDebugLog {

    /** The logger name. */
    static final String NAME = "net.dns";

    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private DnsDebugLog() {
    }

    /** Logs one line the user asked for with a {@code netdns} debug level. */
    static void print(String line) {
        LOG.info(line);
    }

    /** Logs at DEBUG why a lookup got its order: {@code FUNCTION(NAME): REASON}. */
    static void reason(String function, String name, String reason) {
        LOG.debug("{}({}): {}", function, name, reason);
    }
}
