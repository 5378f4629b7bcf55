package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PipeDeadline}: instants become nanoTime readings, held within range for any instant. */
class PipeDeadlineTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00.5Z");

    static Stream<Arguments> nanosBetweenCases() {
        return Stream.of(
                Arguments.of(NOW, 0L),
                Arguments.of(NOW.plusNanos(1), 1L),
                Arguments.of(NOW.minusNanos(1), -1L),
                Arguments.of(NOW.plusMillis(1500), 1_500_000_000L),
                Arguments.of(NOW.minusMillis(700), -700_000_000L), // borrows from the seconds
                Arguments.of(NOW.plusSeconds(86_400L * 365 * 100), 86_400L * 365 * 100 * 1_000_000_000L),
                Arguments.of(NOW.plusSeconds(86_400L * 365 * 200), PipeDeadline.FAR_NANOS),
                Arguments.of(NOW.minusSeconds(86_400L * 365 * 200), -PipeDeadline.FAR_NANOS),
                Arguments.of(Instant.MAX, PipeDeadline.FAR_NANOS),
                Arguments.of(Instant.MIN, -PipeDeadline.FAR_NANOS),
                Arguments.of(Instant.EPOCH, -(NOW.getEpochSecond() * 1_000_000_000L + 500_000_000L)));
    }

    @ParameterizedTest
    @MethodSource("nanosBetweenCases")
    void nanosBetween(Instant to, long want) {
        assertEquals(want, PipeDeadline.nanosBetween(NOW, to));
    }

    @Test
    void noDeadlineNeverEnds() {
        PipeDeadline d = new PipeDeadline();
        assertEquals(Long.MAX_VALUE, d.remainingNanos(123));
        d.set(NOW.plusSeconds(1), NOW, 0);
        d.set(null, NOW, 0);
        assertEquals(Long.MAX_VALUE, d.remainingNanos(5_000_000_000L));
    }

    @Test
    void remainingCountsDown() {
        PipeDeadline d = new PipeDeadline();
        d.set(NOW.plusSeconds(1), NOW, 1000);
        assertEquals(1_000_000_000L, d.remainingNanos(1000));
        assertEquals(1L, d.remainingNanos(1_000_000_999L));
        assertEquals(0L, d.remainingNanos(1_000_001_000L));
        assertTrue(d.remainingNanos(2_000_000_000L) < 0);
    }

    /** A past instant, even the earliest one, has passed. */
    @Test
    void pastHasPassed() {
        PipeDeadline d = new PipeDeadline();
        d.set(NOW, NOW, 42);
        assertEquals(0L, d.remainingNanos(42));
        d.set(Instant.MIN, NOW, 42);
        assertTrue(d.remainingNanos(42) < 0);
    }

    /** nanoTime readings may wrap around; differences still count right. */
    @Test
    void nanoTimeWrapsAround() {
        PipeDeadline d = new PipeDeadline();
        long nearTheEnd = Long.MAX_VALUE - 10;
        d.set(NOW.plusSeconds(1), NOW, nearTheEnd);
        assertEquals(1_000_000_000L, d.remainingNanos(nearTheEnd));
        assertEquals(999_999_980L, d.remainingNanos(nearTheEnd + 20)); // wrapped to negative
        d.set(Instant.MAX, NOW, nearTheEnd);
        assertEquals(PipeDeadline.FAR_NANOS - 20, d.remainingNanos(nearTheEnd + 20));
    }
}
