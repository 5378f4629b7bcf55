package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code Flags.String} of interface.go, as {@code go} prints it (checked with Go 1.27). */
class FlagsTest {

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of(0, "0"),
                Arguments.of(1, "up"),
                Arguments.of(2, "broadcast"),
                Arguments.of(4, "loopback"),
                Arguments.of(8, "pointtopoint"),
                Arguments.of(16, "multicast"),
                Arguments.of(32, "running"),
                Arguments.of(64, "0"),
                Arguments.of(0x3f, "up|broadcast|loopback|pointtopoint|multicast|running"),
                Arguments.of(0x7f, "up|broadcast|loopback|pointtopoint|multicast|running"),
                Arguments.of(1 | 2 | 16 | 32, "up|broadcast|multicast|running"),
                Arguments.of(1 | 4 | 32, "up|loopback|running"),
                Arguments.of(0xffffffc0, "0"),
                Arguments.of(0xffffffff, "up|broadcast|loopback|pointtopoint|multicast|running"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("strings")
    void string(int bits, String want) {
        assertEquals(want, new Flags(bits).toString());
    }

    @Test
    void constantsAreGosBits() {
        assertEquals(1, Flags.UP.bits());
        assertEquals(2, Flags.BROADCAST.bits());
        assertEquals(4, Flags.LOOPBACK.bits());
        assertEquals(8, Flags.POINTTOPOINT.bits());
        assertEquals(16, Flags.MULTICAST.bits());
        assertEquals(32, Flags.RUNNING.bits());
        assertEquals(0, Flags.NONE.bits());
    }

    @Test
    void orAndHas() {
        Flags f = Flags.UP.or(Flags.LOOPBACK);
        assertEquals(5, f.bits());
        assertTrue(f.has(Flags.UP));
        assertTrue(f.has(Flags.UP.or(Flags.LOOPBACK)));
        assertFalse(f.has(Flags.UP.or(Flags.RUNNING)));
        assertTrue(f.has(Flags.NONE));
    }

    @Test
    void nullArgumentIsNamed() {
        assertEquals("other is null",
                assertThrows(IllegalArgumentException.class, () -> Flags.UP.or(null)).getMessage());
        assertEquals("other is null",
                assertThrows(IllegalArgumentException.class, () -> Flags.UP.has(null)).getMessage());
    }
}
