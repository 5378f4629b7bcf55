package net.api.internal;

import java.util.function.UnaryOperator;
import net.api.sysconf.ConfigText;

/**
 * The {@code netdns} setting of Go's {@code conf.go} ({@code goDebugNetDNS}): which resolver to
 * force ({@code go} or {@code cgo}; any other word is kept and later reported as invalid) and
 * the debug level. Read from the system property {@value #PROPERTY}, else from the {@code netdns}
 * key of the {@code GODEBUG} environment variable.
 *
 * @param mode the resolver word ("go", "cgo", another word) or "" when none was given
 * @param debugLevel 0 for quiet; 1 reports the resolver chosen at start-up, 2 also every decision
 */
public record NetDns(String mode, int debugLevel) {

    /** The system property that takes precedence over {@code GODEBUG}. */
    public static final String PROPERTY = "net.netdns";

    /** Checks the mode is present. */
    public NetDns {
        Args.notNull(mode, "mode");
    }

    /**
     * Go's {@code goDebugNetDNS}: the value splits at its first {@code +} into at most two parts;
     * a part starting with a digit is the debug level (its leading decimal digits), any other
     * non-empty part the mode. So "go", "cgo", "1", "go+1", "1+go" and "cgo+2" all mean what
     * they say.
     */
    public static NetDns parse(String value) {
        Args.notNull(value, "value");
        int plus = value.indexOf('+');
        NetDns none = new NetDns("", 0);
        if (plus < 0) {
            return none.with(value);
        }
        return none.with(value.substring(0, plus)).with(value.substring(plus + 1));
    }

    /**
     * The setting in force: the system property {@value #PROPERTY} when it is set, else the
     * {@code netdns} key of the environment variable {@code GODEBUG}, else none.
     *
     * @param properties the system properties (for example {@code System::getProperty})
     * @param env the environment (for example {@code System::getenv}); {@code null} for unset
     */
    public static NetDns fromSystem(UnaryOperator<String> properties, UnaryOperator<String> env) {
        Args.notNull(properties, "properties");
        Args.notNull(env, "env");
        String property = properties.apply(PROPERTY);
        if (property != null) {
            return parse(property);
        }
        String godebug = env.apply("GODEBUG");
        return parse(godebug == null ? "" : godebugValue(godebug, "netdns"));
    }

    /**
     * The value of {@code key} in a {@code GODEBUG} string, as Go's {@code internal/godebug}
     * reads it: comma-separated {@code name=value} items, the last one for a name wins, a
     * {@code #} ends the value (what follows is a bisect pattern); "" when the key is absent.
     */
    public static String godebugValue(String godebug, String key) {
        Args.notNull(godebug, "godebug");
        Args.notNull(key, "key");
        String[] items = godebug.split(",", -1);
        for (int i = items.length - 1; i >= 0; i--) {
            int eq = items[i].indexOf('=');
            if (eq >= 0 && items[i].substring(0, eq).equals(key)) {
                String value = items[i].substring(eq + 1);
                int hash = value.indexOf('#');
                return hash < 0 ? value : value.substring(0, hash);
            }
        }
        return "";
    }

    private NetDns with(String part) {
        if (part.isEmpty()) {
            return this;
        }
        char c = part.charAt(0);
        if (c >= '0' && c <= '9') {
            return new NetDns(mode, ConfigText.dtoi(part).value());
        }
        return new NetDns(part, debugLevel);
    }
}
