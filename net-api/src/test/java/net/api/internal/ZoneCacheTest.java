package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import net.api.Flags;
import net.api.Interface;
import org.junit.jupiter.api.Test;

/** Go's ipv6ZoneCache rules (interface.go): refresh after a minute, once more on a miss. */
class ZoneCacheTest {

    /** A clock the test moves. */
    static final class Clock implements InstantSource {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A table the test changes, counting reads. */
    static final class Table implements ZoneCache.Source {
        List<Interface> ift = new ArrayList<>();
        int reads;
        boolean fail;

        @Override
        public List<Interface> interfaces() throws IOException {
            reads++;
            if (fail) {
                throw new IOException("netlinkrib: permission denied");
            }
            return List.copyOf(ift);
        }
    }

    static Interface ifi(int index, String name) {
        return new Interface(index, 1500, name, null, Flags.UP);
    }

    final Clock clock = new Clock();
    final Table table = new Table();
    final ZoneCache cache = new ZoneCache(table, clock);

    @Test
    void namesAndIndexes() {
        table.ift.addAll(List.of(ifi(1, "lo"), ifi(2, "eth0")));
        assertEquals("lo", cache.name(1));
        assertEquals("eth0", cache.name(2));
        assertEquals(1, cache.index("lo"));
        assertEquals(2, cache.index("eth0"));
        assertEquals(1, table.reads);
    }

    @Test
    void zeroAndEmptyAskNothing() {
        assertEquals("", cache.name(0));
        assertEquals(0, cache.index(""));
        assertEquals(0, table.reads);
    }

    @Test
    void unknownIndexPrintsAsDecimal() {
        table.ift.add(ifi(1, "lo"));
        assertEquals("7", cache.name(7));
        assertEquals("-3", cache.name(-3));
    }

    @Test
    void unknownNameIsReadAsLeadingDecimal() {
        table.ift.add(ifi(1, "lo"));
        assertEquals(7, cache.index("7"));
        assertEquals(12, cache.index("12abc"));
        assertEquals(0, cache.index("eth9"));
        assertEquals(0xFFFFFF, cache.index("99999999999"));
    }

    @Test
    void freshCacheIsNotRefreshedOnAHit() {
        table.ift.add(ifi(1, "lo"));
        cache.name(1);
        clock.now = clock.now.plus(Duration.ofSeconds(59));
        cache.name(1);
        assertEquals(1, table.reads);
    }

    @Test
    void missOnAFreshCacheForcesOneRefresh() {
        table.ift.add(ifi(1, "lo"));
        assertEquals("lo", cache.name(1));
        table.ift.add(ifi(5, "eth5"));
        assertEquals("eth5", cache.name(5));
        assertEquals(5, cache.index("eth5"));
        assertEquals(2, table.reads);
        assertEquals("6", cache.name(6));
        assertEquals(3, table.reads);
    }

    @Test
    void missRightAfterARefreshDoesNotRefreshTwice() {
        table.ift.add(ifi(1, "lo"));
        assertEquals("9", cache.name(9));
        assertEquals(1, table.reads);
    }

    @Test
    void staleAfterSixtySeconds() {
        table.ift.add(ifi(1, "lo"));
        cache.name(1);
        clock.now = clock.now.plus(Duration.ofSeconds(60));
        table.ift.set(0, ifi(1, "lo0"));
        assertEquals("lo0", cache.name(1));
        assertEquals(2, table.reads);
    }

    @Test
    void updateWithATableUsesItAndRespectsTheAge() {
        assertTrue(cache.update(List.of(ifi(3, "wlan0")), false));
        assertFalse(cache.update(List.of(ifi(3, "wlan1")), false));
        assertEquals("wlan0", cache.name(3));
        assertTrue(cache.update(List.of(ifi(3, "wlan1")), true));
        assertEquals("wlan1", cache.name(3));
        assertEquals(0, table.reads);
    }

    @Test
    void firstNameOfAnIndexWinsAndEveryNameKnowsItsIndex() {
        cache.update(List.of(ifi(4, "eth0"), ifi(4, "eth0-alias"), ifi(5, "")), true);
        assertEquals("eth0", cache.name(4));
        assertEquals(4, cache.index("eth0-alias"));
        assertEquals("5", cache.name(5));
    }

    @Test
    void failedReadCountsAsAFetch() {
        table.fail = true;
        assertEquals("1", cache.name(1));
        assertEquals(2, table.reads);
        table.fail = false;
        table.ift.add(ifi(1, "lo"));
        assertFalse(cache.update(List.of(), false));
        assertEquals(2, table.reads);
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("name is null",
                assertThrows(IllegalArgumentException.class, () -> cache.index(null)).getMessage());
        assertEquals("source is null",
                assertThrows(IllegalArgumentException.class, () -> new ZoneCache(null, clock)).getMessage());
    }
}
