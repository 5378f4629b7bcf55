package net.api.sysconf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A configuration file's lines and stamp, read as Go's {@code parse.go} reads them: opened, then
 * stat'ed, then split into lines through a 64 KiB window.
 *
 * <p>Go reads a line only if it fits in its 64 KiB buffer: a line of 65,536 bytes or more (not
 * counting its newline) ends the file there, and the lines before it are all there is. A last
 * line without a newline counts. A directory reads as no lines. Lines are decoded as UTF-8.
 *
 * @param lines the lines, without their {@code \n}
 * @param stamp the file's modification time and size when it was opened
 */
public record ConfigFile(List<String> lines, FileStamp stamp) {

    /** Go's buffer size: the longest line Go can read is one byte shorter. */
    public static final int WINDOW = 64 * 1024;

    /** Copies the lines. */
    public ConfigFile {
        lines = List.copyOf(lines);
    }

    /**
     * The lines of {@code path}; a failure to open or stat the file is an {@link ConfigException}
     * that carries Go's {@link ConfigError}.
     */
    public static ConfigFile read(Path path) throws ConfigException {
        SeekableByteChannel ch;
        try {
            ch = Files.newByteChannel(path);
        } catch (IOException e) {
            throw new ConfigException(ConfigError.of("open", path, e));
        }
        try {
            FileStamp stamp;
            try {
                stamp = FileStamp.of(path);
            } catch (IOException e) {
                throw new ConfigException(ConfigError.of("stat", path, e));
            }
            return new ConfigFile(stamp.directory() ? List.of() : linesOf(Channels.newInputStream(ch)), stamp);
        } finally {
            try {
                ch.close();
            } catch (IOException e) {
                // Go ignores a failed close as well: the lines are read.
            }
        }
    }

    /**
     * The lines of {@code path}, or none when it cannot be opened: how Go reads the tables whose
     * absence is not an error ({@code /etc/services}, {@code /etc/protocols}).
     */
    public static List<String> lines(Path path) {
        try {
            return read(path).lines();
        } catch (ConfigException e) {
            return List.of();
        }
    }

    /** The lines of {@code in}; a read error ends them, as Go's reader stops at one (keeping none here). */
    private static List<String> linesOf(InputStream in) {
        try {
            return split(in.readAllBytes());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The lines of {@code data} under Go's 64 KiB rule. */
    public static List<String> split(byte[] data) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < data.length) {
            int nl = start;
            while (nl < data.length && data[nl] != '\n') {
                nl++;
            }
            if (nl - start >= WINDOW) {
                break;
            }
            lines.add(new String(data, start, nl - start, StandardCharsets.UTF_8));
            start = nl + 1;
        }
        return lines;
    }

    /** A configuration file that could not be opened or stat'ed, with Go's error. */
    public static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ConfigError error;

        ConfigException(ConfigError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }

        public ConfigError error() {
            return error;
        }
    }
}
