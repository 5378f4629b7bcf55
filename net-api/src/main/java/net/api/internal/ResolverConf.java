package net.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The process-wide half of Go's resolver selection ({@code conf.go}'s {@code conf}, filled by
 * {@code initConfVal}): which resolvers exist, what {@code netdns} forces, and whether the
 * system's resolver is preferred. Go's build tags become the modules present: without the C
 * library's resolver the program is "netgo", without the pure one "netcgo".
 *
 * @param goAvailable whether the pure resolver (kind {@code go}) is present
 * @param cgoAvailable whether the system's resolver is present: kind {@code cgo}, or {@code plan9} on Plan 9
 * @param netGo prefer the pure resolver: it is the only one, or {@code netdns=go}
 * @param netCgo prefer the system's resolver: it is the only one, or {@code netdns=cgo}
 * @param preferCgo with no preference given, use the system's resolver
 * @param debugLevel the {@code netdns} debug level
 * @param goos the operating system as Go's {@code GOOS} names it ("linux", "darwin", "windows", …)
 */
public record ResolverConf(boolean goAvailable, boolean cgoAvailable, boolean netGo, boolean netCgo,
                           boolean preferCgo, int debugLevel, String goos) {

    /** Resolver kinds, as {@link net.api.spi.ResolverProvider#kind()} names them. */
    public static final String GO = "go";
    /** The C library's resolver. */
    public static final String CGO = "cgo";
    /** The Plan 9 connection server. */
    public static final String PLAN9 = "plan9";

    private static final String PREFIX = "go package net: ";

    /** Checks that a resolver is present and the OS is named. */
    public ResolverConf {
        Args.notNull(goos, "goos");
        if (!goAvailable && !cgoAvailable) {
            throw new IllegalArgumentException("no resolver is present: add " + Providers.RESOLVER_ARTIFACTS);
        }
    }

    /**
     * Go's {@code initConfVal}: the configuration from the resolver kinds present, the
     * {@code netdns} setting, the OS and the environment. The system's resolver is preferred on
     * Windows, Plan 9, macOS, iOS and Android, and on other systems when the environment sets
     * {@code LOCALDOMAIN} (even to ""), a non-empty {@code RES_OPTIONS} or {@code HOSTALIASES},
     * or, on OpenBSD, {@code ASR_CONFIG}: settings only the C library honours. When a Plan 9
     * resolver is present the OS is taken to be Plan 9, whose resolver it is.
     *
     * @param kinds the kinds of the resolver modules present ("go", "cgo", "plan9"), at least one of go and the system's
     * @param netdns the {@code netdns} setting
     * @param osName the OS as Java names it (system property {@code os.name})
     * @param env the environment ({@code System::getenv}); {@code null} for unset
     */
    public static ResolverConf of(Set<String> kinds, NetDns netdns, String osName, UnaryOperator<String> env) {
        Args.notNull(kinds, "kinds");
        Args.notNull(netdns, "netdns");
        Args.notNull(osName, "osName");
        Args.notNull(env, "env");
        String goos = kinds.contains(PLAN9) ? PLAN9 : goos(osName);
        boolean go = kinds.contains(GO);
        boolean cgo = kinds.contains(CGO) || kinds.contains(PLAN9);
        boolean netGo = !cgo || netdns.mode().equals(GO);
        boolean netCgo = !go || netdns.mode().equals(CGO);
        return new ResolverConf(go, cgo, netGo, netCgo, cgo && prefersCgo(goos, env), netdns.debugLevel(), goos);
    }

    private static boolean prefersCgo(String goos, UnaryOperator<String> env) {
        if (goosPrefersCgo(goos)) {
            return true;
        }
        if (env.apply("LOCALDOMAIN") != null || nonEmpty(env.apply("RES_OPTIONS")) || nonEmpty(env.apply("HOSTALIASES"))) {
            return true;
        }
        return goos.equals("openbsd") && nonEmpty(env.apply("ASR_CONFIG"));
    }

    /** Go's {@code goosPrefersCgo}: the systems whose own resolver is always preferred. */
    static boolean goosPrefersCgo(String goos) {
        return switch (goos) {
            case "windows", "plan9", "darwin", "ios", "android" -> true;
            default -> false;
        };
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    /**
     * Go's {@code GOOS} for Java's {@code os.name}: "Linux" is linux, "Mac OS X" darwin,
     * "Windows …" windows, "SunOS" solaris, the BSDs and AIX by name; any other name lower-cased
     * without spaces.
     */
    public static String goos(String osName) {
        Args.notNull(osName, "osName");
        String s = osName.toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.startsWith("windows")) {
            return "windows";
        }
        if (s.startsWith("macos") || s.startsWith("darwin")) {
            return "darwin";
        }
        if (s.equals("sunos") || s.equals("solaris")) {
            return "solaris";
        }
        if (s.startsWith("dragonfly")) {
            return "dragonfly";
        }
        return s;
    }

    /**
     * What Go prints at start-up when {@code netdns} has a debug level: at level 2 the
     * preferences, at level 1 and up a word on a mode Go does not know and the resolver chosen.
     * Where Go's text speaks of how the binary was compiled, ours names the module missing.
     *
     * @param mode the {@code netdns} mode this configuration was made from
     */
    public List<String> startupMessages(String mode) {
        Args.notNull(mode, "mode");
        List<String> lines = new ArrayList<>();
        if (debugLevel <= 0) {
            return lines;
        }
        if (debugLevel > 1) {
            lines.add(PREFIX + "confVal.netCgo = " + netCgo + "  netGo = " + netGo);
        }
        if (!mode.equals(GO) && !mode.equals(CGO) && !mode.isEmpty()) {
            lines.add(PREFIX + "GODEBUG=netdns contains an invalid dns mode, ignoring it");
        }
        if (!cgoAvailable) {
            lines.add(PREFIX + (mode.equals(CGO)
                    ? "ignoring GODEBUG=netdns=cgo as the cgo resolver (dev.gonet:net-resolver-native) is not present"
                    : "using the Go DNS resolver"));
        } else if (!goAvailable) {
            lines.add(PREFIX + (mode.equals(GO)
                    ? "ignoring GODEBUG=netdns=go as the Go resolver (dev.gonet:net-resolver-go) is not present"
                    : "using the cgo DNS resolver"));
        } else if (mode.equals(GO)) {
            lines.add(PREFIX + "GODEBUG setting forcing use of the Go resolver");
        } else if (mode.equals(CGO)) {
            lines.add(PREFIX + "GODEBUG setting forcing use of the cgo resolver");
        } else {
            lines.add(PREFIX + "dynamic selection of DNS resolver");
        }
        return lines;
    }

    /** Prints {@link #startupMessages} to the {@code net.dns} log (Go's {@code initConfVal} output). */
    public void logStartup(String mode) {
        startupMessages(mode).forEach(DnsDebugLog::print);
    }
}
