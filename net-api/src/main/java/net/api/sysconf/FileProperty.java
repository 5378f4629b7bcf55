package net.api.sysconf;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A system property that puts another file in place of one Go reads at a fixed path (for
 * example {@code net.services} for {@code /etc/services}): for tests, and for users whose system
 * keeps its files elsewhere.
 */
public final class FileProperty {

    private FileProperty() {
    }

    /**
     * The file the property {@code name} names, or {@code otherwise} when it is unset;
     * {@code property} answers a property's value, {@code null} when unset
     * ({@code System::getProperty}). A relative path is taken from the working directory. An
     * empty value or one that is not a path is an {@link IllegalArgumentException} naming the
     * property, the value and what is wrong with it.
     */
    public static Path path(Function<String, String> property, String name, Path otherwise) {
        String value = property.apply(name);
        if (value == null) {
            return otherwise;
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(
                    "property " + name + " is empty: it names the file read instead of " + otherwise);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(
                    "property " + name + "=\"" + value + "\" is not a path: " + e.getReason(), e);
        }
    }
}
