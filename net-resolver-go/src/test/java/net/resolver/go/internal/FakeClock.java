package net.resolver.go.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told, and a way to write files with a chosen mtime. */
final class FakeClock implements LongSupplier {

    private long now = 1_000_000_000L;

    @Override
    public long getAsLong() {
        return now;
    }

    /** Moves the clock forward by {@code d}. */
    void advance(Duration d) {
        now += d.toNanos();
    }

    /** Writes {@code text} to {@code file} and sets its modification time to {@code mtime}. */
    static void write(Path file, String text, Instant mtime) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(mtime));
    }
}
