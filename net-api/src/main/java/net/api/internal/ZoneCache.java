package net.api.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.api.Interface;
import net.api.sysconf.ConfigText;

/**
 * The IPv6 zone cache of Go's {@code interface.go} ({@code ipv6ZoneCache}): interface name to
 * index and back, for addresses with a zone such as {@code fe80::1%eth0}. It refreshes from the
 * interface table when it is older than a minute, or once more on a miss; where several names
 * share an index, the first one is that index's name. Thread-safe.
 */
public final class ZoneCache {

    /** How long the cache is trusted without asking the system again. */
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** The interface table to refresh from. */
    @FunctionalInterface
    public interface Source {
        List<Interface> interfaces() throws IOException;
    }

    /** One immutable state of the cache. */
    private record Maps(Map<String, Integer> toIndex, Map<Integer, String> toName) {
    }

    private final Source source;
    private final InstantSource clock;
    private Instant lastFetched;
    private volatile Maps maps = new Maps(Map.of(), Map.of());

    public ZoneCache(Source source, InstantSource clock) {
        this.source = Args.notNull(source, "source");
        this.clock = Args.notNull(clock, "clock");
    }

    /**
     * Go's {@code update}: takes {@code ift} (or, when it is empty, the source's table) as the
     * new contents, unless the cache was filled less than a minute ago and {@code force} is
     * false. A failed read of the source counts as a fetch, as in Go.
     *
     * @return whether the cache was refreshed
     */
    public synchronized boolean update(List<Interface> ift, boolean force) {
        Args.notNull(ift, "ift");
        Instant now = clock.instant();
        if (!force && lastFetched != null && lastFetched.isAfter(now.minus(MAX_AGE))) {
            return false;
        }
        lastFetched = now;
        List<Interface> table = ift;
        if (table.isEmpty()) {
            try {
                table = source.interfaces();
            } catch (IOException e) {
                return false;
            }
        }
        Map<String, Integer> toIndex = new HashMap<>();
        Map<Integer, String> toName = new HashMap<>();
        for (Interface ifi : table) {
            if (!ifi.name().isEmpty()) {
                toIndex.put(ifi.name(), ifi.index());
                toName.putIfAbsent(ifi.index(), ifi.name());
            }
        }
        maps = new Maps(Map.copyOf(toIndex), Map.copyOf(toName));
        return true;
    }

    /**
     * Go's {@code zoneCache.name}: the interface name of {@code index}; "" for 0; the index in
     * decimal when no interface has it.
     */
    public String name(int index) {
        if (index == 0) {
            return "";
        }
        boolean updated = update(List.of(), false);
        String name = maps.toName().get(index);
        if (name == null && !updated) {
            update(List.of(), true);
            name = maps.toName().get(index);
        }
        return name != null ? name : Integer.toString(index);
    }

    /**
     * Go's {@code zoneCache.index}: the index of the interface named {@code name}; 0 for "";
     * when no interface has the name, the decimal number it starts with (0 if none, and at most
     * 0xFFFFFF, as Go's {@code dtoi}).
     */
    public int index(String name) {
        Args.notNull(name, "name");
        if (name.isEmpty()) {
            return 0;
        }
        boolean updated = update(List.of(), false);
        Integer index = maps.toIndex().get(name);
        if (index == null && !updated) {
            update(List.of(), true);
            index = maps.toIndex().get(name);
        }
        return index != null ? index : ConfigText.dtoi(name).value();
    }
}
