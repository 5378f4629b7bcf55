package net.tcp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The listen backlog (Go's {@code sock_linux.go}: {@code maxListenerBacklog}): the first field
 * of /proc/sys/net/core/somaxconn, or 128 (SOMAXCONN) when it is missing or not a positive number.
 */
final class Backlog {

    private static final int SOMAXCONN = 128;
    private static final Path SOMAXCONN_FILE = Path.of("/proc/sys/net/core/somaxconn");

    private Backlog() {
    }

    /** The backlog to listen with. */
    static int max() {
        // read as a stream: Files.readString trusts the size procfs reports and gets one byte
        try (BufferedReader r = Files.newBufferedReader(SOMAXCONN_FILE)) {
            String line = r.readLine();
            return line == null ? SOMAXCONN : parse(line);
        } catch (IOException | SecurityException e) {
            return SOMAXCONN;
        }
    }

    /** The backlog that the file's text names: its first field, or 128. */
    static int parse(String text) {
        String[] f = text.trim().split("\\s+");
        try {
            int n = Integer.parseInt(f[0]);
            return n > 0 ? n : SOMAXCONN;
        } catch (NumberFormatException e) {
            return SOMAXCONN;
        }
    }
}
