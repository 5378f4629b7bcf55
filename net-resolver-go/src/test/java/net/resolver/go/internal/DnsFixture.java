package net.resolver.go.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.api.ResolverDial;

/**
 * A pure resolver for one test: resolv.conf and hosts written into {@code dir} (never the
 * system's), queries sent through a {@link LoopbackDialer} to the port of the test's fake server
 * (resolv.conf cannot name a port; the provider's server port stands in for 53). Unless a test
 * says otherwise, no source address is known for any destination, so RFC 6724 keeps the order
 * of the answers and nothing is connected to their addresses; and every lookup has a UDP socket
 * of its own, closed when it is done.
 */
final class DnsFixture {

    private final Path dir;
    private final LoopbackDialer dialer = new LoopbackDialer();
    private String resolvConf = "nameserver 127.0.0.1\n";
    private String hosts = "";
    private boolean edns0 = true;
    private SourceAddrs sources = dst -> Optional.empty();
    private int socketUses = 1;

    DnsFixture(Path dir) {
        this.dir = dir;
    }

    /** The lines of resolv.conf (each ends in a newline). */
    DnsFixture resolvConf(String... lines) {
        resolvConf = String.join("\n", lines) + "\n";
        return this;
    }

    /** The lines of the hosts file. */
    DnsFixture hosts(String... lines) {
        hosts = String.join("\n", lines) + "\n";
        return this;
    }

    /** Go's {@code netedns0} setting. */
    DnsFixture edns0(boolean on) {
        edns0 = on;
        return this;
    }

    /** The source address of each destination, for RFC 6724 ordering. */
    DnsFixture sources(SourceAddrs s) {
        sources = s;
        return this;
    }

    /** How many lookups one UDP socket serves ({@link UdpSockets}). */
    DnsFixture socketUses(int uses) {
        socketUses = uses;
        return this;
    }

    /** The dialer every query of a Resolver without a dial function of its own goes through. */
    LoopbackDialer dialer() {
        return dialer;
    }

    /** The files as written now, read by Go's rules. */
    private SystemFiles files() throws IOException {
        Files.writeString(dir.resolve("resolv.conf"), resolvConf);
        Files.writeString(dir.resolve("hosts"), hosts);
        ResolverFiles paths = new ResolverFiles(dir.resolve("resolv.conf"), dir.resolve("hosts"),
                dir.resolve("nsswitch.conf"));
        return new SystemFiles(paths, () -> "testhost", System::nanoTime);
    }

    /** The provider, sending to {@code port} on the servers of resolv.conf. */
    GoResolverProvider provider(int port) throws IOException {
        return provider(port, dialer);
    }

    /**
     * The provider, sending to {@code port} through {@code via} (the module's own dialer, which a
     * Resolver's {@code Dial} replaces).
     */
    GoResolverProvider provider(int port, ResolverDial via) throws IOException {
        SystemFiles files = files();
        return new GoResolverProvider(files, new GoSystemConfig(files, () -> "testhost", dir.resolve("mdns.allow")),
                via, sources, new DnsClient.Options(edns0, port, socketUses));
    }

    /** The provider, sending to the port of {@code server}. */
    GoResolverProvider provider(FakeDnsServer server) throws IOException {
        return provider(server.port());
    }
}
