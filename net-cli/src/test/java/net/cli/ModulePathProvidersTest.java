package net.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import net.api.Conn;
import net.api.Listener;
import net.api.Net;
import org.junit.jupiter.api.Test;

/**
 * On the module path, {@link Net} finds the transport modules through {@code uses} and
 * {@code provides} alone: net.cli requires only net.api, and the JDK binds net.tcp's provider.
 * (net-it checks the same on the class path, through META-INF/services.)
 */
class ModulePathProvidersTest {

    @Test
    void runsOnTheModulePath() {
        assertTrue(ModulePathProvidersTest.class.getModule().isNamed(), "the tests run inside module net.cli");
        assertTrue(ModuleLayer.boot().findModule("net.tcp").isPresent(), "net.tcp is bound as a service provider");
    }

    @Test
    void dialsAndListensThroughTheBoundProvider() throws IOException {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0");
             Conn c = Net.dial("tcp", ln.addr().toString());
             Conn s = ln.accept()) {
            c.write(new byte[] {42});
            byte[] b = new byte[1];
            assertEquals(1, s.read(b));
            assertEquals(42, b[0]);
        }
    }
}
