package net.resolver.go.internal;

import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine's nsswitch.conf as Go reads it, Go's {@code nssConf} ({@code nss.go}): each
 * database's sources in order, with their criteria.
 *
 * <p>Go's resolver selection ({@code conf.go}) uses only the {@code hosts} database: a missing
 * file, or one without {@code hosts} sources, means "files, then DNS"; any other error means it
 * cannot tell. It can honour the sources {@code files} and {@code dns} when their criteria are
 * standard ({@link NssSource#standardCriteria()}); every other source is one only the C library
 * serves ({@link #foreignHostsSources()}).
 *
 * @param sources the sources of each database (e.g. {@code "hosts"}), in file order; database
 *     names are case-sensitive
 * @param error why the file could not be read, or the first syntax error (the sources before it
 *     are kept), if any
 * @param mtime the file's modification time when read, {@link FileStamp#ZERO}'s when unreadable
 */
public record NsSwitch(Map<String, List<NssSource>> sources, Optional<ConfigError> error, Instant mtime) {

    /** The database that host lookups use. */
    public static final String HOSTS = "hosts";

    /** Copies the map, keeping the order of the databases. */
    public NsSwitch {
        Map<String, List<NssSource>> copy = new LinkedHashMap<>();
        sources.forEach((db, list) -> copy.put(db, List.copyOf(list)));
        sources = Collections.unmodifiableMap(copy);
    }

    /** The sources of {@code database}, empty when the file names none. */
    public List<NssSource> sources(String database) {
        return sources.getOrDefault(database, List.of());
    }

    /** The sources of the {@code hosts} database. */
    public List<NssSource> hosts() {
        return sources(HOSTS);
    }

    /**
     * The {@code hosts} sources that Go's resolver does not implement itself: all but
     * {@code files} and {@code dns}, in order (e.g. {@code myhostname}, {@code mdns4_minimal},
     * {@code resolve}). Which of these send a lookup to the C library depends on the name looked
     * up, as {@code conf.go} decides.
     */
    public List<NssSource> foreignHostsSources() {
        return hosts().stream().filter(s -> !s.goImplements()).toList();
    }
}
