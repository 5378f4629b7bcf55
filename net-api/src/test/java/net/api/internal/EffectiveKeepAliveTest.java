package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.stream.Stream;
import net.api.KeepAliveConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EffectiveKeepAliveTest {

    private static final KeepAliveConfig ZERO = new KeepAliveConfig(false, Duration.ZERO, Duration.ZERO, 0);
    private static final KeepAliveConfig CUSTOM = new KeepAliveConfig(true, Duration.ofSeconds(3), Duration.ofSeconds(4), 5);

    /** Go's newTCPConn rule: KeepAlive, KeepAliveConfig, the config applied (null: the system's left alone). */
    static Stream<Arguments> rules() {
        return Stream.of(
                // Go's TestDialerKeepAlive table, with the zero KeepAliveConfig.
                Arguments.of(Duration.ofSeconds(-1), ZERO, null),
                Arguments.of(Duration.ZERO, ZERO, new KeepAliveConfig(true, Duration.ZERO, Duration.ZERO, 0)),
                Arguments.of(Duration.ofSeconds(5), ZERO, new KeepAliveConfig(true, Duration.ofSeconds(5), Duration.ZERO, 0)),
                Arguments.of(Duration.ofSeconds(30), ZERO, new KeepAliveConfig(true, Duration.ofSeconds(30), Duration.ZERO, 0)),
                // An enabled config wins over KeepAlive, whatever its sign.
                Arguments.of(Duration.ofSeconds(-1), CUSTOM, CUSTOM),
                Arguments.of(Duration.ZERO, CUSTOM, CUSTOM),
                Arguments.of(Duration.ofSeconds(30), CUSTOM, CUSTOM),
                // A disabled config is ignored: KeepAlive decides.
                Arguments.of(Duration.ofSeconds(7), new KeepAliveConfig(false, Duration.ofSeconds(3), Duration.ofSeconds(4), 5),
                        new KeepAliveConfig(true, Duration.ofSeconds(7), Duration.ZERO, 0)),
                Arguments.of(Duration.ofSeconds(-1), new KeepAliveConfig(false, Duration.ofSeconds(3), Duration.ofSeconds(4), 5), null));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void effective(Duration keepAlive, KeepAliveConfig config, KeepAliveConfig expected) {
        assertEquals(expected, EffectiveKeepAlive.of(keepAlive, config));
    }
}
