package net.api.internal;

/**
 * Port text to number before any service lookup, as Go's {@code port.go} ({@code parsePort}).
 * Decimal text, with an optional sign, is parsed but saturated at ±2^30, so that the
 * caller's range check rejects huge values instead of seeing them wrap; text with a non-digit
 * before the value saturates needs a service lookup.
 */
public final class Port {

    private static final long CUTOFF = 1L << 30;
    private static final long UINT32_MAX = (1L << 32) - 1;

    private Port() {
    }

    /**
     * The result of {@link #parse}: the number, or {@code needsLookup} when the text is not decimal
     * (the number is then 0).
     */
    public record Parsed(int port, boolean needsLookup) {
    }

    /** Go's {@code parsePort}: "" is port 0; decimal text is its (saturated) value. */
    public static Parsed parse(String service) {
        if (service.isEmpty()) {
            return new Parsed(0, false);
        }
        boolean negative = false;
        int start = 0;
        if (service.charAt(0) == '+') {
            start = 1;
        } else if (service.charAt(0) == '-') {
            negative = true;
            start = 1;
        }
        // Go's uint32 arithmetic: once the value reaches 2^30 the rest of the text is not looked
        // at, so "10737418240x" is a (too large) number, while "1073741824x" needs a lookup.
        long n = 0;
        for (int i = start; i < service.length(); i++) {
            char c = service.charAt(i);
            if (c < '0' || c > '9') {
                return new Parsed(0, true);
            }
            if (n >= CUTOFF) {
                n = UINT32_MAX;
                break;
            }
            n = (n * 10) & UINT32_MAX;
            long next = n + (c - '0');
            if (next > UINT32_MAX) {
                n = UINT32_MAX;
                break;
            }
            n = next;
        }
        long port;
        if (!negative && n >= CUTOFF) {
            port = CUTOFF - 1;
        } else if (negative && n > CUTOFF) {
            port = CUTOFF;
        } else {
            port = n;
        }
        return new Parsed((int) (negative ? -port : port), false);
    }
}
