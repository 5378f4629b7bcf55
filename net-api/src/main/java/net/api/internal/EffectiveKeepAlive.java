package net.api.internal;

import java.time.Duration;
import net.api.KeepAliveConfig;

/**
 * Which keep-alive settings a TCP connection gets, from a {@code Dialer}'s or
 * {@code ListenConfig}'s two fields, by the rule of Go's {@code newTCPConn} in
 * {@code tcpsock.go}: an enabled {@link KeepAliveConfig} wins; otherwise a non-negative
 * keep-alive duration enables probes with that idle time (zero: the 15 s default) and the
 * default interval and count; otherwise the system's settings are left alone.
 */
public final class EffectiveKeepAlive {

    private EffectiveKeepAlive() {
    }

    /**
     * @param keepAlive the {@code KeepAlive} field: zero for the default, negative to disable
     * @param config the {@code KeepAliveConfig} field
     * @return the settings to apply, or {@code null} to leave the system's
     */
    public static KeepAliveConfig of(Duration keepAlive, KeepAliveConfig config) {
        if (config.enable()) {
            return config;
        }
        if (!keepAlive.isNegative()) {
            return new KeepAliveConfig(true, keepAlive, Duration.ZERO, 0);
        }
        return null;
    }
}
