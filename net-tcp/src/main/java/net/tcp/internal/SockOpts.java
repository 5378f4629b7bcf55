package net.tcp.internal;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import net.api.KeepAliveConfig;

/**
 * TCP socket options with Go's rules (Go's {@code sockopt_posix.go},
 * {@code tcpsockopt_unix.go}): keep-alive defaults of 15 s idle, 15 s interval and 9 probes,
 * durations rounded up to whole seconds, linger's negative/zero/positive meaning.
 */
final class SockOpts {

    static final Duration DEFAULT_KEEPALIVE_IDLE = Duration.ofSeconds(15);
    static final Duration DEFAULT_KEEPALIVE_INTERVAL = Duration.ofSeconds(15);
    static final int DEFAULT_KEEPALIVE_COUNT = 9;

    private SockOpts() {
    }

    /** Go's {@code setKeepAliveIdle}: 0 means 15 s, negative leaves the setting alone. */
    static void setKeepAliveIdle(NetworkChannel ch, Duration d) throws IOException {
        if (d.isNegative()) {
            return;
        }
        ch.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, seconds(d.isZero() ? DEFAULT_KEEPALIVE_IDLE : d));
    }

    /** Go's {@code setKeepAliveInterval}: 0 means 15 s, negative leaves the setting alone. */
    static void setKeepAliveInterval(NetworkChannel ch, Duration d) throws IOException {
        if (d.isNegative()) {
            return;
        }
        ch.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, seconds(d.isZero() ? DEFAULT_KEEPALIVE_INTERVAL : d));
    }

    /** Go's {@code setKeepAliveCount}: 0 means 9, negative leaves the setting alone. */
    static void setKeepAliveCount(NetworkChannel ch, int n) throws IOException {
        if (n < 0) {
            return;
        }
        ch.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, n == 0 ? DEFAULT_KEEPALIVE_COUNT : n);
    }

    /** Go's {@code SetKeepAliveConfig}: SO_KEEPALIVE, then idle, interval and count. */
    static void setKeepAliveConfig(NetworkChannel ch, KeepAliveConfig c) throws IOException {
        ch.setOption(StandardSocketOptions.SO_KEEPALIVE, c.enable());
        setKeepAliveIdle(ch, c.idle());
        setKeepAliveInterval(ch, c.interval());
        setKeepAliveCount(ch, c.count());
    }

    /**
     * What a new connection gets (Go's {@code newTCPConn}): TCP_NODELAY, and the keep-alive
     * configuration if there is one and it is enabled. Failures are ignored, as in Go.
     */
    static void newConnDefaults(NetworkChannel ch, KeepAliveConfig keepAlive) {
        try {
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            if (keepAlive != null && keepAlive.enable()) {
                setKeepAliveConfig(ch, keepAlive);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Go ignores these errors too: the connection works without them
        }
    }

    /** Go's {@code setLinger}: negative turns lingering off, otherwise linger that many seconds. */
    static void setLinger(NetworkChannel ch, int sec) throws IOException {
        ch.setOption(StandardSocketOptions.SO_LINGER, sec < 0 ? -1 : sec);
    }

    /** Go's {@code roundDurationUp} to seconds, capped at what an int holds. */
    static int seconds(Duration d) {
        long s = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return (int) Math.min(Integer.MAX_VALUE, s);
    }
}
