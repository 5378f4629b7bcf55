package net.resolver.go.internal;

import net.api.sysconf.ConfigText;
import net.api.sysconf.ConfigFile;
import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The hosts file and its cache, Go's {@code hosts} variable with {@code readHosts},
 * {@code lookupStaticHost} and {@code lookupStaticAddr} ({@code hosts.go}).
 *
 * <p>Every lookup first refreshes the cache: within {@link #CACHE_MAX_AGE} of the last load, and
 * when the table has names, the cache serves as it is; otherwise the file is stat'ed, and when its
 * modification time and size are those of the last load the cache serves for another
 * {@code CACHE_MAX_AGE}; otherwise the file is parsed again ({@link HostsTable}). A file that does
 * not exist or may not be read gives an empty table; any other failure to open it keeps the old
 * table. Lookups hold a lock, as Go's do. The clock is a monotonic nanosecond counter, injectable
 * for tests.
 */
public final class HostsFile {

    /** Go's {@code cacheMaxAge}: how long a loaded table serves without a look at the file. */
    public static final Duration CACHE_MAX_AGE = Duration.ofSeconds(5);

    private final Path path;
    private final LongSupplier nanos;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean loaded;
    private long expire;
    private FileStamp stamp = FileStamp.ZERO;
    private HostsTable table = HostsTable.EMPTY;

    /** The hosts file at {@code path}, its cache timed by {@code nanos} ({@code System::nanoTime}). */
    public HostsFile(Path path, LongSupplier nanos) {
        this.path = path;
        this.nanos = nanos;
    }

    /**
     * Go's {@code lookupStaticHost}: the addresses and canonical name of {@code host}, matched
     * without regard to ASCII case and with or without a trailing dot; empty when the file does
     * not name it.
     */
    public Optional<StaticHost> lookupStaticHost(String host) {
        lock.lock();
        try {
            refresh();
            String key = HostsTable.absDomainName(ConfigText.lowerASCII(host));
            return Optional.ofNullable(table.byName().get(key));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Go's {@code lookupStaticAddr}: the names of the address {@code addr} (an IP literal, zone
     * allowed, in any of its spellings), case kept and in absolute form, in file order; empty
     * when {@code addr} is not a literal or the file does not list it.
     */
    public List<String> lookupStaticAddr(String addr) {
        lock.lock();
        try {
            refresh();
            return IPLiteral.canonical(addr).map(a -> table.byAddr().getOrDefault(a, List.of())).orElse(List.of());
        } finally {
            lock.unlock();
        }
    }

    /** Go's {@code readHosts}; called with the lock held. */
    private void refresh() {
        long now = nanos.getAsLong();
        if (loaded && now - expire < 0 && !table.byName().isEmpty()) {
            return;
        }
        FileStamp current = FileStamp.orZero(path);
        long newExpire = now + CACHE_MAX_AGE.toNanos();
        if (loaded && current != FileStamp.ZERO && current.mtime().equals(stamp.mtime()) && current.size() == stamp.size()) {
            expire = newExpire;
            return;
        }
        HostsTable parsed;
        try {
            parsed = HostsTable.parse(ConfigFile.read(path).lines());
        } catch (ConfigFile.ConfigException e) {
            ConfigError.Kind kind = e.error().kind();
            if (kind != ConfigError.Kind.NOT_EXIST && kind != ConfigError.Kind.PERMISSION) {
                return;
            }
            parsed = HostsTable.EMPTY;
        }
        loaded = true;
        expire = newExpire;
        stamp = current;
        table = parsed;
    }
}
