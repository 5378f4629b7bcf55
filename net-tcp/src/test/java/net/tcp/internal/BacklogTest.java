package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The listen backlog from somaxconn's text (Go's {@code maxListenerBacklog}). */
class BacklogTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("4096\n", 4096),
                Arguments.of("128", 128),
                Arguments.of("  65535 extra\n", 65535),
                Arguments.of("0\n", 128),
                Arguments.of("-5\n", 128),
                Arguments.of("junk\n", 128),
                Arguments.of("", 128));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void parse(String text, int want) {
        assertEquals(want, Backlog.parse(text));
    }

    /** The whole number is read from procfs (a size-trusting read gets only its first byte). */
    @Test
    void readsTheSystemsValue() throws Exception {
        Path p = Path.of("/proc/sys/net/core/somaxconn");
        if (Files.isReadable(p)) {
            try (BufferedReader r = Files.newBufferedReader(p)) {
                assertEquals(Backlog.parse(r.readLine()), Backlog.max());
            }
        } else {
            assertEquals(128, Backlog.max());
        }
        assertTrue(Backlog.max() > 0);
    }
}
