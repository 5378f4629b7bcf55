package net.resolver.go.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's host name, Go's {@code os.Hostname} as {@code dnsconfig.go}'s
 * {@code getHostname} holds it: a value or an error. Tests give their own.
 */
@FunctionalInterface
public interface Hostname {

    /** The host name, or an {@link IOException} when it cannot be known. */
    String get() throws IOException;

    /**
     * The kernel's host name from {@code /proc/sys/kernel/hostname}, the same name as the
     * {@code uname} node name that Go's {@code os.Hostname} asks for first on Linux. Java has no
     * {@code uname} (and no host name call that does not also resolve the name): where the file is
     * missing, as off Linux, the host name is an error, and resolv.conf then gets no search list
     * derived from it unless the caller supplies a host name.
     */
    static Hostname system() {
        return fromFile(Path.of("/proc/sys/kernel/hostname"));
    }

    /** The host name read from {@code file}, without one trailing newline, as Go reads /proc. */
    static Hostname fromFile(Path file) {
        return () -> {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        };
    }
}
