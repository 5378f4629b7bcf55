package net.resolver.go.internal;

import java.nio.file.Path;

/** The fixtures under {@code src/test/resources/testdata}, copied from Go's {@code src/net/testdata}. */
final class Testdata {

    private Testdata() {
    }

    /** The fixture named {@code name}. */
    static Path path(String name) {
        return Path.of("src", "test", "resources", "testdata", name);
    }
}
