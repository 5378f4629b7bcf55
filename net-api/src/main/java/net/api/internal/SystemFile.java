package net.api.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a system table such as {@code /etc/services}, read as Go's {@code parse.go}
 * ({@code open}, {@code readLine}) reads them: a file that cannot be read has no lines, and bytes
 * that are not UTF-8 are replaced rather than failing the whole file.
 */
final class SystemFile {

    private SystemFile() {
    }

    /** The lines of {@code path}, or none if it cannot be read. */
    static List<String> lines(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
