package net.api;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.api.internal.AddrListResolver;
import net.api.internal.Args;
import net.api.internal.Dialing;
import net.api.internal.Providers;

/**
 * Go's {@code net.Dialer}: the options for connecting to an address. Immutable and safe to
 * share between threads; build one with {@link #builder()}. The default, {@code
 * Dialer.builder().build()}, dials as {@link Net#dial} does.
 *
 * <p>Go's {@code DialContext} takes a context to cancel the dial; here the calling thread is
 * the context: interrupting it cancels the dial, which throws an
 * {@link OpInterruptedException} (an {@link java.io.InterruptedIOException}) with the thread's
 * interrupt status kept, and leaves no socket behind. Once connected, an interrupt no longer
 * affects the connection. Go's deprecated {@code DualStack} and {@code Cancel} fields have no
 * counterpart.
 */
public final class Dialer {

    /** Go's default head start of the primary addresses in a Happy Eyeballs race. */
    public static final Duration DEFAULT_FALLBACK_DELAY = Duration.ofMillis(300);

    private final Duration timeout;
    private final Instant deadline;
    private final Addr localAddr;
    private final Duration fallbackDelay;
    private final Duration keepAlive;
    private final KeepAliveConfig keepAliveConfig;
    private final Control control;
    private final Resolver resolver;

    private Dialer(Builder b) {
        this.timeout = b.timeout;
        this.deadline = b.deadline;
        this.localAddr = b.localAddr;
        this.fallbackDelay = b.fallbackDelay;
        this.keepAlive = b.keepAlive;
        this.keepAliveConfig = b.keepAliveConfig;
        this.control = b.control;
        this.resolver = b.resolver;
    }

    /** A builder with Go's zero values: no timeout, no deadline, default fallback delay and keep-alive. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this dialer's settings, to derive another dialer from it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.deadline = deadline;
        b.localAddr = localAddr;
        b.fallbackDelay = fallbackDelay;
        b.keepAlive = keepAlive;
        b.keepAliveConfig = keepAliveConfig;
        b.control = control;
        b.resolver = resolver;
        return b;
    }

    /**
     * Go's {@code Dialer.Dial}: connects to {@code address} on {@code network}, as
     * {@link Net#dial} describes. The timeout and deadline cover name resolution and every
     * connection attempt; when a host has several addresses they are tried in order, each with
     * its share of the time left (at least 2 s each, if that much is left). For "tcp" with both
     * IPv4 and IPv6 addresses, the family of the first address races the other one (Happy
     * Eyeballs, RFC 6555): the other family starts after {@link #fallbackDelay()}, or at once
     * if the first family fails; the first connection wins and the loser is closed.
     *
     * <p>Errors are Go's {@code *OpError}: {@code dial tcp 127.0.0.1:1: connect: connection
     * refused}, {@code dial tcp: lookup foo: no such host}, {@code dial tcp: address x: missing
     * port in address}. A passed deadline throws an {@link OpTimeoutException}, an interrupt an
     * {@link OpInterruptedException}.
     */
    public Conn dial(String network, String address) throws IOException {
        Args.notNull(network, "network");
        Args.notNull(address, "address");
        Resolver r = resolver != null ? resolver : Resolver.DEFAULT;
        return Dialing.dial(this, Providers::transport, new AddrListResolver(r.lookups()), network, address);
    }

    /** The maximum time of a whole dial (Go's {@code Timeout}); zero for none. */
    public Duration timeout() {
        return timeout;
    }

    /** The absolute time after which dials fail (Go's {@code Deadline}), if any. */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The local address to dial from (Go's {@code LocalAddr}), if any. */
    public Optional<Addr> localAddr() {
        return Optional.ofNullable(localAddr);
    }

    /** Go's {@code FallbackDelay}: zero for the default 300 ms, negative to disable Happy Eyeballs. */
    public Duration fallbackDelay() {
        return fallbackDelay;
    }

    /** Go's {@code KeepAlive}: zero for the 15 s default, negative to disable keep-alive probes. */
    public Duration keepAlive() {
        return keepAlive;
    }

    /** Go's {@code KeepAliveConfig}: used instead of {@link #keepAlive()} when it is enabled. */
    public KeepAliveConfig keepAliveConfig() {
        return keepAliveConfig;
    }

    /** The hook called before each connection attempt (Go's {@code Control}), if any. */
    public Optional<Control> control() {
        return Optional.ofNullable(control);
    }

    /** The resolver of host names (Go's {@code Resolver}), if not {@link Resolver#DEFAULT}. */
    public Optional<Resolver> resolver() {
        return Optional.ofNullable(resolver);
    }

    /** Builds a {@link Dialer}; each setter is one of Go's {@code Dialer} fields. Not thread-safe. */
    public static final class Builder {

        private Duration timeout = Duration.ZERO;
        private Instant deadline;
        private Addr localAddr;
        private Duration fallbackDelay = Duration.ZERO;
        private Duration keepAlive = Duration.ZERO;
        private KeepAliveConfig keepAliveConfig = new KeepAliveConfig(false, Duration.ZERO, Duration.ZERO, 0);
        private Control control;
        private Resolver resolver;

        private Builder() {
        }

        /**
         * Go's {@code Timeout}: the longest a dial may take, resolution included. Zero means
         * none; any other value counts, a negative one making every dial time out at once.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Args.notNull(timeout, "timeout");
            return this;
        }

        /** Go's {@code Deadline}: when dials fail; {@code null} for none. The earlier of it and the timeout applies. */
        public Builder deadline(Instant deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * Go's {@code LocalAddr}: the address to dial from, of the network's address type
         * ({@link TCPAddr} for tcp, …); {@code null} lets the system choose.
         */
        public Builder localAddr(Addr localAddr) {
            this.localAddr = localAddr;
            return this;
        }

        /** Go's {@code FallbackDelay}: zero for 300 ms, negative to disable the Happy Eyeballs race. */
        public Builder fallbackDelay(Duration fallbackDelay) {
            this.fallbackDelay = Args.notNull(fallbackDelay, "fallbackDelay");
            return this;
        }

        /**
         * Go's {@code KeepAlive}: the idle time before keep-alive probes; zero for the 15 s
         * default, negative to disable them. Ignored when {@link #keepAliveConfig} is enabled.
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

        /** Go's {@code Control}: called before each connection attempt; {@code null} for none. */
        public Builder control(Control control) {
            this.control = control;
            return this;
        }

        /** Go's {@code Resolver}: the resolver of host names; {@code null} for {@link Resolver#DEFAULT}. */
        public Builder resolver(Resolver resolver) {
            this.resolver = resolver;
            return this;
        }

        public Dialer build() {
            return new Dialer(this);
        }
    }
}
