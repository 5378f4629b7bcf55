package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import net.api.OpTimeoutException;
import org.junit.jupiter.api.Test;

/** The default way to a name server: a passed deadline is Go's dial timeout, before anything is dialed. */
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
}
