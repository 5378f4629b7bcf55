package net.api.sysconf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/**
 * A file's modification time and size, which Go's configuration caches compare to decide
 * whether to read a file again ({@code parse.go}'s {@code stat}).
 *
 * @param mtime the modification time, {@link #ZERO}'s for a file that could not be read
 * @param size the size in bytes, 0 for a file that could not be read
 * @param directory whether the path names a directory, which Go reads as an empty file
 */
public record FileStamp(Instant mtime, long size, boolean directory) {

    /** Go's zero time and size, recorded for a file that could not be read; no real file has it. */
    public static final FileStamp ZERO = new FileStamp(Instant.MIN, 0, false);

    /** The stamp of {@code path}, following links as Go's {@code os.Stat} does. */
    public static FileStamp of(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        return new FileStamp(a.lastModifiedTime().toInstant(), a.size(), a.isDirectory());
    }

    /** The stamp of {@code path}, or {@link #ZERO} when it cannot be read, as Go's reload checks take it. */
    public static FileStamp orZero(Path path) {
        try {
            return of(path);
        } catch (IOException e) {
            return ZERO;
        }
    }
}
