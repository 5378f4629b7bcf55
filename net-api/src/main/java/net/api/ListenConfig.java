package net.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import net.api.internal.AddrListResolver;
import net.api.internal.Args;
import net.api.internal.Listening;
import net.api.internal.Providers;

/**
 * Go's {@code net.ListenConfig}: the options for listening on an address. Immutable and safe to
 * share between threads; build one with {@link #builder()}. The default,
 * {@code ListenConfig.builder().build()}, listens as {@link Net#listen} does.
 *
 * <p>As in Go, names are resolved with {@link Resolver#DEFAULT}. Go's context argument only
 * covers the resolution of the address; here interrupting the
 * calling thread during the resolution ends it with an {@link OpInterruptedException}, the
 * interrupt status kept.
 */
public final class ListenConfig {

    private final Duration keepAlive;
    private final KeepAliveConfig keepAliveConfig;
    private final Control control;

    private ListenConfig(Builder b) {
        this.keepAlive = b.keepAlive;
        this.keepAliveConfig = b.keepAliveConfig;
        this.control = b.control;
    }

    /** A builder with Go's zero values: keep-alive enabled with the defaults, no control hook. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.keepAlive = keepAlive;
        b.keepAliveConfig = keepAliveConfig;
        b.control = control;
        return b;
    }

    /**
     * Go's {@code ListenConfig.Listen}: listens for stream connections on {@code address}
     * ("tcp", "tcp4", "tcp6", "unix", "unixpacket"). An empty host or an unspecified IP listens
     * on every local address; a port of "" or "0" lets the system choose one, which the
     * listener's {@link Listener#addr()} tells. A host name yields one listener, on its first
     * IPv4 address (else its first address). Errors are Go's, for example
     * {@code listen tcp 127.0.0.1:80: bind: permission denied}.
     */
    public Listener listen(String network, String address) throws IOException {
        Args.notNull(network, "network");
        Args.notNull(address, "address");
        return Listening.listen(this, Providers::transport, new AddrListResolver(Resolver.DEFAULT.lookups()), network, address);
    }

    /**
     * Go's {@code ListenConfig.ListenPacket}: opens a datagram socket on {@code address} ("udp",
     * "udp4", "udp6", "unixgram", or an IP network with a protocol, such as "ip4:icmp"), chosen as
     * {@link #listen} chooses.
     */
    public PacketConn listenPacket(String network, String address) throws IOException {
        Args.notNull(network, "network");
        Args.notNull(address, "address");
        return Listening.listenPacket(this, Providers::transport, new AddrListResolver(Resolver.DEFAULT.lookups()), network, address);
    }

    /** Go's {@code KeepAlive} for accepted connections: zero for the 15 s default, negative to disable. */
    public Duration keepAlive() {
        return keepAlive;
    }

    /** Go's {@code KeepAliveConfig} for accepted connections: used instead of {@link #keepAlive()} when enabled. */
    public KeepAliveConfig keepAliveConfig() {
        return keepAliveConfig;
    }

    /** The hook called before binding (Go's {@code Control}), if any. */
    public Optional<Control> control() {
        return Optional.ofNullable(control);
    }

    /** Builds a {@link ListenConfig}; each setter is one of Go's {@code ListenConfig} fields. Not thread-safe. */
    public static final class Builder {

        private Duration keepAlive = Duration.ZERO;
        private KeepAliveConfig keepAliveConfig = new KeepAliveConfig(false, Duration.ZERO, Duration.ZERO, 0);
        private Control control;

        private Builder() {
        }

        /**
         * Go's {@code KeepAlive}: the idle time before keep-alive probes on accepted
         * connections; zero for the 15 s default, negative to disable them. Ignored when
         * {@link #keepAliveConfig} is enabled.
         */
        public Builder keepAlive(Duration keepAlive) {
            this.keepAlive = Args.notNull(keepAlive, "keepAlive");
            return this;
        }

        /** Go's {@code KeepAliveConfig}: when enabled, it replaces {@link #keepAlive}. */
        public Builder keepAliveConfig(KeepAliveConfig keepAliveConfig) {
            this.keepAliveConfig = Args.notNull(keepAliveConfig, "keepAliveConfig");
            return this;
        }

        /** Go's {@code Control}: called before binding; {@code null} for none. */
        public Builder control(Control control) {
            this.control = control;
            return this;
        }

        public ListenConfig build() {
            return new ListenConfig(this);
        }
    }
}
