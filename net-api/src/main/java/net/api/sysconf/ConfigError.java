package net.api.sysconf;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.IOException;

/**
 * Why a configuration file gave no configuration, or only part of one: Go's {@code err} field of
 * {@code dnsConfig} and {@code nssConf}, with the kinds that {@code conf.go} tells apart.
 *
 * @param kind what went wrong
 * @param message Go's text, e.g. {@code "open /etc/resolv.conf: no such file or directory"} or
 *     {@code "no colon on line"}
 */
public record ConfigError(Kind kind, String message) {

    /** The kinds of failure that Go's resolver selection ({@code conf.go}) tells apart. */
    public enum Kind {
        /** The file does not exist (Go's {@code fs.ErrNotExist}). */
        NOT_EXIST,
        /** The file may not be read (Go's {@code fs.ErrPermission}). */
        PERMISSION,
        /** Any other failure to open or stat the file. */
        IO,
        /** The file was read but its text is not valid (nsswitch.conf only). */
        SYNTAX
    }

    /** The error for {@code e}, raised by operation {@code op} ("open" or "stat") on {@code path}. */
    public static ConfigError of(String op, Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ConfigError(Kind.NOT_EXIST, op + " " + path + ": no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return new ConfigError(Kind.PERMISSION, op + " " + path + ": permission denied");
        }
        return new ConfigError(Kind.IO, op + " " + path + ": " + e.getMessage());
    }

    /** A syntax error with Go's {@code message}. */
    public static ConfigError syntax(String message) {
        return new ConfigError(Kind.SYNTAX, message);
    }
}
