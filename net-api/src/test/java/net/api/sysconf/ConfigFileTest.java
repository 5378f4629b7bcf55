package net.api.sysconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go's {@code parse.go} line reader as {@link ConfigFile} reproduces it. */
class ConfigFileTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLastLineWithoutNewlineCounts() {
        assertEquals(List.of("a", "", "b"), ConfigFile.split(bytes("a\n\nb")));
        assertEquals(List.of("a"), ConfigFile.split(bytes("a\n")));
        assertEquals(List.of(), ConfigFile.split(bytes("")));
    }

    @Test
    void aLineOf64KiBEndsTheFile() {
        String longest = "x".repeat(ConfigFile.WINDOW - 1);
        assertEquals(List.of("a", longest, "b"), ConfigFile.split(bytes("a\n" + longest + "\nb")));
        String tooLong = "x".repeat(ConfigFile.WINDOW);
        assertEquals(List.of("a"), ConfigFile.split(bytes("a\n" + tooLong + "\nb\n")));
        assertEquals(List.of("a"), ConfigFile.split(bytes("a\n" + tooLong)));
        assertEquals(List.of("a", longest), ConfigFile.split(bytes("a\n" + longest)));
    }

    @Test
    void linesAreUtf8() {
        assertEquals(List.of("127.0.0.1 bücher.example"), ConfigFile.split(bytes("127.0.0.1 bücher.example\n")));
    }

    @Test
    void aMissingFileIsNotExist(@TempDir Path dir) {
        ConfigFile.ConfigException e = assertThrows(ConfigFile.ConfigException.class,
                () -> ConfigFile.read(dir.resolve("missing")));
        assertEquals(ConfigError.Kind.NOT_EXIST, e.error().kind());
        assertEquals("open " + dir.resolve("missing") + ": no such file or directory", e.getMessage());
    }
}
