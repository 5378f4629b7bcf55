package net.api.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Where the {@code netdns} debug lines go (Go prints them to standard error): the SLF4J logger
 * {@value #NAME} at INFO, or standard error itself when no SLF4J provider is bound, so that
 * {@code -Dnet.netdns=go+2} shows its output without any logging set-up.
 */
final class DnsDebugLog {

    /** The logger name. */
    static final String NAME = "net.dns";

    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private DnsDebugLog() {
    }

    /** Writes one line the user asked for with a debug level. */
    static void print(String line) {
        if (LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory) {
            System.err.println(line);
        } else {
            LOG.info(line);
        }
    }

    /** Logs a detail at SLF4J's DEBUG level only (never on standard error). */
    static void detail(String line) {
        LOG.debug(line);
    }
}
