package net.api;

import java.time.Duration;

/**
 * Go's {@code net.KeepAliveConfig}: TCP keep-alive probes. A zero duration or count means the
 * system's default (Go: 15 s idle, 15 s interval, 9 probes); a negative one leaves the system's
 * setting alone.
 *
 * @param enable whether keep-alive probes are sent at all
 * @param idle the time the connection stays idle before the first probe
 * @param interval the time between probes
 * @param count the number of unanswered probes before the connection is dropped
 */
public record KeepAliveConfig(boolean enable, Duration idle, Duration interval, int count) {

    public KeepAliveConfig {
        idle = idle == null ? Duration.ZERO : idle;
        interval = interval == null ? Duration.ZERO : interval;
    }
}
