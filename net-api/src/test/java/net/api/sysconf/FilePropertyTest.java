package net.api.sysconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A system property that names a file to read instead of one at Go's fixed path. */
class FilePropertyTest {

    private static final Path DEFAULT = Path.of("/etc/services");

    @Test
    void unsetKeepsTheDefault() {
        assertEquals(DEFAULT, FileProperty.path(name -> null, "net.x", DEFAULT));
    }

    @Test
    void aValueIsThePath() {
        assertEquals(Path.of("/srv/conf/services"), FileProperty.path(name -> "/srv/conf/services", "net.x", DEFAULT));
        assertEquals(Path.of("conf/services"), FileProperty.path(name -> "conf/services", "net.x", DEFAULT),
                "relative: from the working directory");
    }

    @Test
    void onlyTheNamedPropertyIsAsked() {
        assertEquals(Path.of("/a"), FileProperty.path(name -> name.equals("net.x") ? "/a" : "/b", "net.x", DEFAULT));
    }

    @Test
    void anEmptyValueIsAnError() {
        assertEquals("property net.x is empty: it names the file read instead of /etc/services",
                assertThrows(IllegalArgumentException.class, () -> FileProperty.path(name -> "", "net.x", DEFAULT))
                        .getMessage());
    }

    @Test
    void aValueThatIsNotAPathIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileProperty.path(name -> "a\0b", "net.x", DEFAULT));
        assertEquals("property net.x=\"a\0b\" is not a path: Nul character not allowed", e.getMessage());
    }
}
