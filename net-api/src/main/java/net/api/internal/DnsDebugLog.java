package net.api.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Where the {@code netdns} debug lines go: the SLF4J logger {@value #NAME}, at INFO for the lines
 * Go prints and at DEBUG for our reasons behind each decision. Go prints its lines to standard
 * error; so do we when no SLF4J provider is bound (SLF4J would drop them), since the user asked
 * for them with a {@code netdns} debug level. This is the only place the library writes to a
 * standard stream.
 */
final class DnsDebugLog {

    /** The logger name. */
    static final String NAME = "net.dns";

    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    /** Whether SLF4J has no provider and would drop every line. */
    private static final boolean NO_PROVIDER = LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory;

    private DnsDebugLog() {
    }

    /** Logs one line the user asked for with a {@code netdns} debug level. */
    static void print(String line) {
        if (NO_PROVIDER) {
            System.err.println(line);
        } else {
            LOG.info(line);
        }
    }

    /** Logs at DEBUG why a lookup got its order: {@code FUNCTION(NAME): REASON}. */
    static void reason(String function, String name, String reason) {
        LOG.debug("{}({}): {}", function, name, reason);
    }
}
