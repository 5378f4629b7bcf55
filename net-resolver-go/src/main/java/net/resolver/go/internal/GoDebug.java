package net.resolver.go.internal;

import java.util.Optional;

/**
 * The one Go debug setting the DNS client reads, {@code netedns0} ({@code dnsclient_unix.go}):
 * "0" leaves the EDNS0 record out of queries. As for {@code netdns}, the system property
 * {@code net.netedns0} wins over the {@code GODEBUG} environment variable.
 */
final class GoDebug {

    private GoDebug() {
    }

    /** Whether queries carry an EDNS0 record in this process. */
    static boolean edns0() {
        return edns0(System.getProperty("net.netedns0"), System.getenv("GODEBUG"));
    }

    /** Whether queries carry an EDNS0 record, given the property's value and GODEBUG's (either may be null). */
    static boolean edns0(String property, String godebug) {
        String value = property != null ? property : setting(godebug, "netedns0").orElse("");
        return !value.equals("0");
    }

    /** The value of {@code key} in a GODEBUG text ({@code k=v,k2=v2}); a later setting wins, as in Go. */
    static Optional<String> setting(String godebug, String key) {
        if (godebug == null) {
            return Optional.empty();
        }
        String[] parts = godebug.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            int eq = parts[i].indexOf('=');
            if (eq > 0 && parts[i].substring(0, eq).equals(key)) {
                return Optional.of(parts[i].substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
