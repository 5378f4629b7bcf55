package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DialDeadlineTest {

    private static final Instant NOW = Instant.parse("2000-01-01T00:00:00Z");

    /** Go's TestDialerPartialDeadline, in Go's order: now, deadline, addresses, expected deadline (null: none). */
    static Stream<Arguments> partialDeadlines() {
        return Stream.of(
                // Regular division.
                Arguments.of(NOW, NOW.plusSeconds(12), 1, NOW.plusSeconds(12)),
                Arguments.of(NOW, NOW.plusSeconds(12), 2, NOW.plusSeconds(6)),
                Arguments.of(NOW, NOW.plusSeconds(12), 3, NOW.plusSeconds(4)),
                // Bump against the 2-second sane minimum.
                Arguments.of(NOW, NOW.plusSeconds(12), 999, NOW.plusSeconds(2)),
                // Total available is now below the sane minimum.
                Arguments.of(NOW, NOW.plusMillis(1900), 999, NOW.plusMillis(1900)),
                // Null deadline.
                Arguments.of(NOW, null, 1, null),
                // Step the clock forward and cross the deadline (the timeouts are the next test).
                Arguments.of(NOW.minusMillis(1), NOW, 1, NOW),
                // Not in Go's table: the division is exact to the nanosecond.
                Arguments.of(NOW, NOW.plusSeconds(10), 3, NOW.plusNanos(3_333_333_333L)));
    }

    @ParameterizedTest
    @MethodSource("partialDeadlines")
    void partialDeadline(Instant now, Instant deadline, int addrs, Instant expected) throws Exception {
        assertEquals(expected, DialDeadline.partial(now, deadline, addrs));
    }

    /** The last two cases of Go's table: at or past the deadline, the result is errTimeout. */
    @ParameterizedTest
    @MethodSource("passedDeadlines")
    void partialDeadlinePassed(Instant now, Instant deadline) {
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class, () -> DialDeadline.partial(now, deadline, 1));
        assertEquals("i/o timeout", e.getMessage());
    }

    static Stream<Arguments> passedDeadlines() {
        return Stream.of(Arguments.of(NOW, NOW), Arguments.of(NOW.plusMillis(1), NOW));
    }

    /** Go's Dialer.deadline: the earliest of now+Timeout (any non-zero timeout) and Deadline. */
    static Stream<Arguments> deadlines() {
        return Stream.of(
                Arguments.of(Duration.ZERO, null, null),
                Arguments.of(Duration.ofSeconds(5), null, NOW.plusSeconds(5)),
                Arguments.of(Duration.ZERO, NOW.plusSeconds(7), NOW.plusSeconds(7)),
                Arguments.of(Duration.ofSeconds(5), NOW.plusSeconds(7), NOW.plusSeconds(5)),
                Arguments.of(Duration.ofSeconds(9), NOW.plusSeconds(7), NOW.plusSeconds(7)),
                Arguments.of(Duration.ofSeconds(7), NOW.plusSeconds(7), NOW.plusSeconds(7)),
                // A negative timeout counts, for historical reasons: a deadline already passed.
                Arguments.of(Duration.ofSeconds(-1), null, NOW.minusSeconds(1)),
                Arguments.of(Duration.ofSeconds(-1), NOW.plusSeconds(7), NOW.minusSeconds(1)),
                // A past Deadline is kept as it is.
                Arguments.of(Duration.ofSeconds(5), NOW.minusSeconds(3), NOW.minusSeconds(3)),
                // Go's TestDialTimeoutMaxDuration: the largest timeouts do not overflow.
                Arguments.of(Duration.ofNanos(Long.MAX_VALUE), null, NOW.plusNanos(Long.MAX_VALUE)),
                Arguments.of(Duration.ofSeconds(Long.MAX_VALUE), null, Instant.MAX),
                Arguments.of(Duration.ofSeconds(Long.MIN_VALUE), null, Instant.MIN));
    }

    @ParameterizedTest
    @MethodSource("deadlines")
    void deadline(Duration timeout, Instant deadline, Instant expected) {
        assertEquals(expected, DialDeadline.of(NOW, timeout, deadline));
    }
}
