package net.resolver.go.internal;

import net.api.sysconf.FileStamp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A configuration file read at first use and read again when it changes, checked at most every
 * five seconds: Go's {@code resolverConfig.tryUpdate} ({@code dnsclient_unix.go}) for
 * resolv.conf and {@code nsswitchConfig.tryUpdate} ({@code nss.go}) for nsswitch.conf.
 *
 * <p>On each {@link #get}, one caller at a time (the others go on with the current value, never
 * waiting) checks whether a check is due; if so it notes the time, stats the file, and reads it
 * again only when its modification time differs from the one of the current value (a missing
 * file has {@link FileStamp#ZERO}'s). The clock is a monotonic nanosecond counter, injectable
 * for tests.
 *
 * @param <T> the parsed configuration
 */
public final class ConfigReloader<T> {

    /** Go's interval between two checks of a configuration file. */
    public static final Duration CHECK_INTERVAL = Duration.ofSeconds(5);

    /** When a check is due, given the current value and the nanoseconds since the last check. */
    @FunctionalInterface
    interface Due<T> {
        boolean test(T current, long sinceLastCheck);
    }

    private final Path path;
    private final Function<Path, T> reader;
    private final Function<T, Instant> mtimeOf;
    private final Due<T> due;
    private final LongSupplier nanos;
    private final AtomicBoolean checking = new AtomicBoolean();
    private final Object initLock = new Object();
    private volatile T current;
    private long lastChecked; // guarded by checking, or by initLock before current is set

    private ConfigReloader(Path path, Function<Path, T> reader, Function<T, Instant> mtimeOf, Due<T> due,
            LongSupplier nanos) {
        this.path = path;
        this.reader = reader;
        this.mtimeOf = mtimeOf;
        this.due = due;
        this.nanos = nanos;
    }

    /**
     * resolv.conf at {@code path}, as Go's {@code resolverConfig}: checked when more than five
     * seconds have passed since the last check, or at every use while the configuration has the
     * default name servers (the file was missing or named none); never again after
     * {@code options no-reload}.
     */
    public static ConfigReloader<ResolvConf> resolvConf(Path path, ResolvConfParser parser, LongSupplier nanos) {
        long interval = CHECK_INTERVAL.toNanos();
        return new ConfigReloader<>(path, parser::read, ResolvConf::mtime,
                (conf, since) -> !conf.noReload() && (since > interval || conf.defaultServers()), nanos);
    }

    /**
     * nsswitch.conf at {@code path}, as Go's {@code nsswitchConfig}: checked when five seconds or
     * more have passed since the last check.
     */
    public static ConfigReloader<NsSwitch> nsSwitch(Path path, LongSupplier nanos) {
        long interval = CHECK_INTERVAL.toNanos();
        return new ConfigReloader<>(path, NsSwitchParser::read, NsSwitch::mtime,
                (conf, since) -> since >= interval, nanos);
    }

    /** The current configuration, after checking the file when a check is due. */
    public T get() {
        T conf = current;
        if (conf == null) {
            synchronized (initLock) {
                if (current == null) {
                    T first = reader.apply(path);
                    lastChecked = nanos.getAsLong();
                    current = first;
                    return first;
                }
            }
        }
        tryUpdate();
        return current;
    }

    private void tryUpdate() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        try {
            T conf = current;
            long now = nanos.getAsLong();
            if (!due.test(conf, now - lastChecked)) {
                return;
            }
            lastChecked = now;
            if (FileStamp.orZero(path).mtime().equals(mtimeOf.apply(conf))) {
                return;
            }
            current = reader.apply(path);
        } finally {
            checking.set(false);
        }
    }
}
