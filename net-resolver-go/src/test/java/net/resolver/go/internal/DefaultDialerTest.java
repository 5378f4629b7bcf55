package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import net.api.OpTimeoutException;
import net.api.UnknownNetworkException;
import org.junit.jupiter.api.Test;

/**
 * The default way to a name server: a passed deadline is Go's dial timeout, and without a
 * transport module the error names the artifact to add. (No transport module is on this
 * module's test path, so nothing is dialed.)
 */
class DefaultDialerTest {

    @Test
    void passedDeadlineIsADialTimeout() {
        OpTimeoutException e = assertThrows(OpTimeoutException.class,
                () -> DefaultDialer.dial("udp", "127.0.0.1:9", Instant.now().minusSeconds(1)));
        assertEquals("dial udp 127.0.0.1:9: i/o timeout", e.getMessage());
        e = assertThrows(OpTimeoutException.class,
                () -> DefaultDialer.dial("tcp", "[::1]:9", Instant.now().minusSeconds(1)));
        assertEquals("dial tcp [::1]:9: i/o timeout", e.getMessage());
    }

    @Test
    void missingTransportNamesTheArtifact() {
        UnknownNetworkException e = assertThrows(UnknownNetworkException.class,
                () -> DefaultDialer.dial("udp", "127.0.0.1:9", Instant.now().plusSeconds(5)));
        assertEquals("unknown network udp: no transport module serves it; add the artifact dev.gonet:net-udp", e.getMessage());
    }
}
