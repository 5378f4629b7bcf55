package net.resolver.go.internal;

import net.api.sysconf.ConfigText;
import net.api.sysconf.ConfigFile;
import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.api.Net;

/**
 * The reader of resolv.conf, Go's {@code dnsReadConfig} ({@code dnsconfig_unix.go}); see
 * resolv.conf(5).
 *
 * <p>A line whose first character is {@code ;} or {@code #} is a comment; other lines are split
 * into fields on spaces, tabs, CRs and LFs, and the first field, case-sensitive, is the keyword:
 * <ul>
 * <li>{@code nameserver ADDR}: the IP literal ADDR (zone allowed) on port 53, up to three
 *     servers; a name that is not a literal is skipped, as is a server past the third;
 * <li>{@code domain NAME}: the search list becomes NAME, rooted;
 * <li>{@code search N…}: the search list becomes the names, rooted, without {@code "."};
 * <li>{@code options W…}: {@code ndots:N} (0 to 15), {@code timeout:N} (seconds, at least 1),
 *     {@code attempts:N} (at least 1) with N read as Go's {@code dtoi} reads it,
 *     {@code rotate}, {@code single-request}, {@code single-request-reopen}, {@code use-vc},
 *     {@code usevc}, {@code tcp}, {@code trust-ad}, {@code edns0} (no effect, EDNS0 is always
 *     on), {@code no-reload}; any other word is an unknown option;
 * <li>{@code lookup W…}: OpenBSD's database order;
 * <li>any other keyword is unknown.
 * </ul>
 * Go caps neither the timeout nor the attempts (glibc caps them at 30 and 5; Go does not, and
 * neither does this). Without servers the defaults are {@link ResolvConf#DEFAULT_NS}; without a
 * search list it comes from the host name ({@link #defaultSearch}).
 */
public final class ResolvConfParser {

    /** Go keeps at most this many name servers, the standard limit. */
    static final int MAX_SERVERS = 3;

    /** Go caps ndots at this value. */
    static final int MAX_NDOTS = 15;

    private final Hostname hostname;

    /** A parser whose default search list comes from {@code hostname}. */
    public ResolvConfParser(Hostname hostname) {
        this.hostname = hostname;
    }

    /**
     * The configuration in the file at {@code path}. A file that cannot be opened gives the
     * defaults, with the default servers and search list, and the error.
     */
    public ResolvConf read(Path path) {
        ConfigFile file;
        try {
            file = ConfigFile.read(path);
        } catch (ConfigFile.ConfigException e) {
            return new Builder().build(Optional.of(e.error()), FileStamp.ZERO.mtime());
        }
        Builder b = new Builder();
        for (String line : file.lines()) {
            b.line(line);
        }
        return b.build(Optional.empty(), file.stamp().mtime());
    }

    /**
     * Go's {@code dnsDefaultSearch}: the part of the host name after its first dot, rooted, when
     * that dot is not the last character; else, or when the host name cannot be known, none.
     */
    public List<String> defaultSearch() {
        String hn;
        try {
            hn = hostname.get();
        } catch (IOException e) {
            return List.of();
        }
        int dot = hn.indexOf('.');
        if (dot >= 0 && dot < hn.length() - 1) {
            return List.of(ensureRooted(hn.substring(dot + 1)));
        }
        return List.of();
    }

    /** Go's {@code ensureRooted}: {@code s} with a trailing dot, added when missing. */
    static String ensureRooted(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    /** The configuration as it is built, line by line. */
    private final class Builder {
        private final List<String> servers = new ArrayList<>();
        private List<String> search = List.of();
        private int ndots = ResolvConf.DEFAULT_NDOTS;
        private Duration timeout = ResolvConf.DEFAULT_TIMEOUT;
        private int attempts = ResolvConf.DEFAULT_ATTEMPTS;
        private boolean rotate;
        private boolean singleRequest;
        private boolean useTCP;
        private boolean trustAD;
        private boolean noReload;
        private List<String> lookup = List.of();
        private final List<String> unknown = new ArrayList<>();

        void line(String line) {
            if (!line.isEmpty() && (line.charAt(0) == ';' || line.charAt(0) == '#')) {
                return;
            }
            List<String> f = ConfigText.fields(line);
            if (f.isEmpty()) {
                return;
            }
            List<String> args = f.subList(1, f.size());
            switch (f.get(0)) {
                case "nameserver" -> {
                    if (!args.isEmpty() && servers.size() < MAX_SERVERS && IPLiteral.isLiteral(args.get(0))) {
                        servers.add(Net.joinHostPort(args.get(0), "53"));
                    }
                }
                case "domain" -> {
                    if (!args.isEmpty()) {
                        search = List.of(ensureRooted(args.get(0)));
                    }
                }
                case "search" -> {
                    List<String> names = new ArrayList<>();
                    for (String a : args) {
                        String name = ensureRooted(a);
                        if (!name.equals(".")) {
                            names.add(name);
                        }
                    }
                    search = names;
                }
                case "options" -> args.forEach(this::option);
                case "lookup" -> lookup = List.copyOf(args);
                default -> unknown.add(f.get(0));
            }
        }

        private void option(String s) {
            if (s.startsWith("ndots:")) {
                ndots = Math.min(ConfigText.dtoi(s.substring(6)).value(), MAX_NDOTS);
            } else if (s.startsWith("timeout:")) {
                timeout = Duration.ofSeconds(Math.max(ConfigText.dtoi(s.substring(8)).value(), 1));
            } else if (s.startsWith("attempts:")) {
                attempts = Math.max(ConfigText.dtoi(s.substring(9)).value(), 1);
            } else {
                switch (s) {
                    case "rotate" -> rotate = true;
                    case "single-request", "single-request-reopen" -> singleRequest = true;
                    case "use-vc", "usevc", "tcp" -> useTCP = true;
                    case "trust-ad" -> trustAD = true;
                    case "edns0" -> {
                        // EDNS0 is always on in Go's client: accepted, nothing to record.
                    }
                    case "no-reload" -> noReload = true;
                    default -> unknown.add(s);
                }
            }
        }

        ResolvConf build(Optional<ConfigError> error, Instant mtime) {
            boolean defaults = servers.isEmpty();
            List<String> s = search.isEmpty() ? defaultSearch() : search;
            return new ResolvConf(defaults ? ResolvConf.DEFAULT_NS : servers, defaults, s, ndots, timeout, attempts,
                    rotate, singleRequest, useTCP, trustAD, noReload, lookup, unknown, error, mtime);
        }
    }
}
