package net.api.internal;

import net.api.spi.LookupOrder;

/**
 * The outcome of the resolver-selection policy for one lookup: Go's order and, in words, the
 * rule of {@code conf.go} that decided it (for debug logs and the command line's explanation).
 */
public record LookupDecision(LookupOrder order, String reason) {

    /** Checks both are present. */
    public LookupDecision {
        Args.notNull(order, "order");
        Args.notNull(reason, "reason");
    }
}
