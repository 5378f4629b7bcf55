package net.api.internal;

import java.util.List;
import java.util.Optional;
import net.api.spi.SystemResolverConfig;
import net.api.spi.SystemResolverConfig.FileStatus;
import net.api.spi.SystemResolverConfig.NssSource;
import net.api.sysconf.ConfigText;
import net.api.spi.LookupOrder;

/**
 * Go's per-lookup resolver selection ({@code conf.go}: {@code hostLookupOrder},
 * {@code addrLookupOrder}, {@code mustUseGoResolver}): whether the system's resolver or the
 * pure one serves a lookup and, for the pure one, whether the hosts file or DNS comes first.
 * The system's resolver is chosen whenever something in the configuration is beyond the pure
 * resolver (an unknown resolv.conf option, an nsswitch source or criterion it does not
 * implement, a name for mDNS or systemd's myhostname) unless the pure one is forced.
 */
public final class LookupPolicy {

    private static final String PREFIX = "go package net: ";

    private LookupPolicy() {
    }

    /**
     * Go's {@code mustUseGoResolver}: whether every lookup must use the pure resolver: the
     * system's resolver is absent, or the pure one is forced by {@code netdns=go} or the
     * Resolver's {@code PreferGo} (on Plan 9 only for a Resolver with its own {@code Dial}).
     */
    public static boolean mustUseGoResolver(ResolverConf conf, boolean preferGo, boolean customDial) {
        Args.notNull(conf, "conf");
        if (!conf.cgoAvailable()) {
            return true;
        }
        if (!conf.goAvailable() || conf.goos().equals(ResolverConf.PLAN9) && !customDial) {
            return false;
        }
        return conf.netGo() || preferGo;
    }

    /** Go's {@code hostLookupOrder}: the order for looking up {@code hostname}; logs it at debug level 2. */
    public static LookupDecision hostLookupOrder(PolicyInputs in, String hostname) {
        Args.notNull(in, "in");
        Args.notNull(hostname, "hostname");
        return logged(in, "hostLookupOrder", hostname, decide(in, hostname));
    }

    /**
     * Go's {@code addrLookupOrder}: the order for the reverse lookup of {@code addr}, decided as
     * for a host with no name; logs it at debug level 2.
     */
    public static LookupDecision addrLookupOrder(PolicyInputs in, String addr) {
        Args.notNull(in, "in");
        Args.notNull(addr, "addr");
        return logged(in, "addrLookupOrder", addr, decide(in, ""));
    }

    /** Go's debug line for a decision: {@code go package net: hostLookupOrder(NAME) = ORDER}. */
    static String debugLine(String function, String name, LookupOrder order) {
        return PREFIX + function + "(" + name + ") = " + order;
    }

    private static LookupDecision logged(PolicyInputs in, String function, String name, LookupDecision d) {
        if (in.conf().debugLevel() > 1) {
            DnsDebugLog.print(debugLine(function, name, d.order()));
        }
        DnsDebugLog.reason(function, name, d.reason());
        return d;
    }

    private static LookupDecision decide(PolicyInputs in, String hostname) {
        ResolverConf c = in.conf();
        if (!c.goAvailable()) {
            return cgo("the Go resolver (dev.gonet:net-resolver-go) is not present");
        }
        Fallback fallback;
        if (mustUseGoResolver(c, in.preferGo(), in.customDial())) {
            fallback = new Fallback(new LookupDecision(LookupOrder.FILES_DNS, goForcedWhy(c, in.preferGo())), false);
        } else if (c.netCgo()) {
            return cgo("netdns=cgo forces the cgo resolver");
        } else if (c.preferCgo()) {
            return cgo(ResolverConf.goosPrefersCgo(c.goos())
                    ? "the cgo resolver is preferred on " + c.goos()
                    : "the environment sets LOCALDOMAIN, RES_OPTIONS, HOSTALIASES or ASR_CONFIG, which only the cgo resolver honours");
        } else if (hostname.indexOf('\\') >= 0 || hostname.indexOf('%') >= 0) {
            return cgo("the name contains a backslash or a percent sign");
        } else {
            fallback = new Fallback(cgo("the cgo resolver, as the Go resolver is not forced"), true);
        }
        return switch (c.goos()) {
            case "windows", "plan9", "android", "ios" -> because(fallback.decision(), c.goos() + " has no resolv.conf or nsswitch.conf");
            default -> fromFiles(in.system(), c.goos(), fallback, hostname);
        };
    }

    /** The fallback order and whether the system's resolver may be used at all (Go's {@code canUseCgo}). */
    private record Fallback(LookupDecision decision, boolean canUseCgo) {
    }

    private static String goForcedWhy(ResolverConf c, boolean preferGo) {
        if (!c.cgoAvailable()) {
            return "only the Go resolver is present";
        }
        return preferGo ? "the Resolver prefers Go" : "netdns=go forces the Go resolver";
    }

    private static LookupDecision fromFiles(SystemResolverConfig sys, String goos, Fallback fallback, String hostname) {
        FileStatus resolvConf = sys.resolvConf();
        if (fallback.canUseCgo() && resolvConf == FileStatus.FAILED) {
            return cgo("resolv.conf cannot be read");
        }
        if (fallback.canUseCgo() && sys.resolvConfHasUnknownOption()) {
            return cgo("resolv.conf has something the Go resolver does not understand");
        }
        if (goos.equals("openbsd")) {
            return openBsd(sys, resolvConf, fallback);
        }
        String name = hostname.endsWith(".") ? hostname.substring(0, hostname.length() - 1) : hostname;
        FileStatus nsswitch = sys.nsswitchConf();
        List<NssSource> sources = nsswitch == FileStatus.READ ? sys.nsswitchHosts() : List.of();
        if (nsswitch == FileStatus.NOT_FOUND || nsswitch == FileStatus.READ && sources.isEmpty()) {
            if (fallback.canUseCgo() && goos.equals("solaris")) {
                return cgo("nsswitch.conf names no hosts sources, and Solaris's default ones are beyond the Go resolver");
            }
            return new LookupDecision(LookupOrder.FILES_DNS, "nsswitch.conf names no hosts sources");
        }
        if (nsswitch != FileStatus.READ) {
            return because(fallback.decision(), "nsswitch.conf cannot be read");
        }
        return fromSources(sys, sources, fallback, name);
    }

    /** OpenBSD has no nsswitch.conf: resolv.conf's {@code lookup} line decides. */
    private static LookupDecision openBsd(SystemResolverConfig sys, FileStatus resolvConf, Fallback fallback) {
        if (resolvConf == FileStatus.NOT_FOUND) {
            return new LookupDecision(LookupOrder.FILES, "OpenBSD without resolv.conf looks in the hosts file only");
        }
        List<String> lookup = sys.resolvConfLookup();
        if (lookup.isEmpty()) {
            return new LookupDecision(LookupOrder.DNS_FILES, "OpenBSD's resolv.conf has no lookup line: bind file");
        }
        String words = "OpenBSD's resolv.conf says lookup " + String.join(" ", lookup);
        LookupOrder order = null;
        if (lookup.size() == 1) {
            order = switch (lookup.get(0)) {
                case "bind" -> LookupOrder.DNS;
                case "file" -> LookupOrder.FILES;
                default -> null;
            };
        } else if (lookup.size() == 2) {
            String pair = lookup.get(0) + " " + lookup.get(1);
            order = switch (pair) {
                case "bind file" -> LookupOrder.DNS_FILES;
                case "file bind" -> LookupOrder.FILES_DNS;
                default -> null;
            };
        }
        return order == null ? because(fallback.decision(), words) : new LookupDecision(order, words);
    }

    /** The walk over nsswitch.conf's hosts sources. */
    private static LookupDecision fromSources(SystemResolverConfig sys, List<NssSource> sources, Fallback fallback, String name) {
        boolean canUseCgo = fallback.canUseCgo();
        boolean hasDns = false;
        boolean hasDnsChecked = false;
        boolean files = false;
        boolean dns = false;
        String first = "";
        for (int i = 0; i < sources.size(); i++) {
            NssSource src = sources.get(i);
            String source = src.name();
            if (source.equals("files") || source.equals("dns")) {
                if (canUseCgo && !src.standardCriteria()) {
                    return cgo("nsswitch.conf gives hosts source " + source + " criteria the Go resolver does not implement");
                }
                if (source.equals("files")) {
                    files = true;
                } else {
                    hasDns = true;
                    hasDnsChecked = true;
                    dns = true;
                }
                if (first.isEmpty()) {
                    first = source;
                }
                continue;
            }
            if (canUseCgo) {
                Optional<String> why = otherSource(sys, source, name);
                if (why.isPresent()) {
                    return cgo(why.get());
                }
                continue;
            }
            if (!hasDnsChecked) {
                hasDnsChecked = true;
                hasDns = sources.subList(i + 1, sources.size()).stream().anyMatch(s -> s.name().equals("dns"));
            }
            if (!hasDns) {
                dns = true;
                if (first.isEmpty()) {
                    first = "dns";
                }
            }
        }
        String why = "nsswitch.conf's hosts sources";
        if (files && dns) {
            return new LookupDecision(first.equals("files") ? LookupOrder.FILES_DNS : LookupOrder.DNS_FILES, why);
        }
        if (files) {
            return new LookupDecision(LookupOrder.FILES, why);
        }
        if (dns) {
            return new LookupDecision(LookupOrder.DNS, why);
        }
        return because(fallback.decision(), "nsswitch.conf's hosts sources name neither files nor dns");
    }

    /**
     * Whether a hosts source other than files and dns sends this name to the system's resolver
     * (empty: ignore the source): myhostname for the local names it answers, an mdns source for
     * {@code .local} names or when {@code /etc/mdns.allow} exists, every other source always.
     */
    private static Optional<String> otherSource(SystemResolverConfig sys, String source, String name) {
        if (!name.isEmpty() && source.equals("myhostname")) {
            if (isLocalhost(name) || equalFold(name, "_gateway") || equalFold(name, "_outbound")) {
                return Optional.of("nsswitch.conf's myhostname answers " + name);
            }
            Optional<String> own = sys.hostname();
            if (own.isEmpty()) {
                return Optional.of("nsswitch.conf has myhostname and the host name is unknown");
            }
            if (equalFold(name, own.get())) {
                return Optional.of("nsswitch.conf's myhostname answers the host's own name");
            }
            return Optional.empty();
        }
        if (!name.isEmpty() && source.startsWith("mdns")) {
            if (hasSuffixFold(name, ".local")) {
                return Optional.of("nsswitch.conf has " + source + " and the name ends in .local");
            }
            return switch (sys.mdnsAllow()) {
                case NOT_FOUND -> Optional.empty();
                case READ -> Optional.of("nsswitch.conf has " + source + " and /etc/mdns.allow exists");
                default -> Optional.of("nsswitch.conf has " + source + " and /etc/mdns.allow cannot be checked");
            };
        }
        return Optional.of("nsswitch.conf has hosts source " + source + ", which the Go resolver does not implement");
    }

    /** Go's {@code isLocalhost}: the names systemd's myhostname answers as localhost. */
    private static boolean isLocalhost(String h) {
        return equalFold(h, "localhost") || equalFold(h, "localhost.localdomain")
                || hasSuffixFold(h, ".localhost") || hasSuffixFold(h, ".localhost.localdomain");
    }

    /** Go's {@code stringsEqualFold}: equal but for the case of ASCII letters. */
    private static boolean equalFold(String s, String t) {
        return s.length() == t.length() && ConfigText.lowerASCII(s).equals(ConfigText.lowerASCII(t));
    }

    private static boolean hasSuffixFold(String s, String suffix) {
        return s.length() >= suffix.length() && equalFold(s.substring(s.length() - suffix.length()), suffix);
    }

    private static LookupDecision cgo(String reason) {
        return new LookupDecision(LookupOrder.CGO, reason);
    }

    private static LookupDecision because(LookupDecision fallback, String reason) {
        return new LookupDecision(fallback.order(), reason + "; fallback: " + fallback.reason());
    }
}
