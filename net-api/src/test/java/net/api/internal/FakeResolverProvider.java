package net.api.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.api.IPAddr;
import net.api.MX;
import net.api.NS;
import net.api.spi.LookupOrder;
import net.api.spi.ResolverOptions;
import net.api.spi.ResolverProvider;

/**
 * A resolver module for tests: gives the answers it is set up with and records each question as
 * "method network name" (network only for lookupIPAddr) and the Resolver options it came with;
 * its address lookups can be held until released.
 */
public final class FakeResolverProvider implements ResolverProvider {

    /** What the fake answers; a non-null {@code error} is thrown by every lookup instead. */
    public List<IPAddr> addrs = List.of();
    public List<String> names = List.of();
    public String cname = "";
    public List<MX> mx = List.of();
    public List<NS> ns = List.of();
    public SRVAnswer srv = new SRVAnswer("", List.of());
    public List<String> txt = List.of();
    public IOException error;

    /** When set, lookupIPAddr waits (10 s at most) until it is counted down. */
    public volatile CountDownLatch release;
    /** Counted down when lookupIPAddr starts waiting for {@link #release}. */
    public final CountDownLatch waiting = new CountDownLatch(1);
    /** Counted down when lookupIPAddr's wait is interrupted. */
    public final CountDownLatch interrupted = new CountDownLatch(1);

    /** The questions asked, in order. */
    public final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    /** The options of each question, in the same order. */
    public final List<ResolverOptions> optionsGiven = Collections.synchronizedList(new ArrayList<>());

    private final String kind;

    /** A router over {@code providers} as on Linux with no netdns setting and no environment. */
    public static ResolverRouter router(ResolverProvider... providers) {
        Set<String> kinds = Arrays.stream(providers).map(ResolverProvider::kind).collect(Collectors.toSet());
        return new ResolverRouter(List.of(providers),
                () -> ResolverConf.of(kinds, NetDns.parse(""), "Linux", name -> null), false, false);
    }

    public FakeResolverProvider(String kind) {
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    private void ask(String question, ResolverOptions with) throws IOException {
        asked.add(question);
        optionsGiven.add(with);
        if (error != null) {
            throw error;
        }
    }

    @Override
    public List<IPAddr> lookupIPAddr(String network, String host, LookupOrder order, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupIPAddr " + network + " " + host, options);
        CountDownLatch gate = release;
        if (gate != null) {
            waiting.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw new InterruptedIOException("interrupted");
            }
        }
        return addrs;
    }

    @Override
    public List<String> lookupAddr(String addr, LookupOrder order, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupAddr " + addr, options);
        return names;
    }

    @Override
    public String lookupCNAME(String host, LookupOrder order, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupCNAME " + host, options);
        return cname;
    }

    @Override
    public List<MX> lookupMX(String name, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupMX " + name, options);
        return mx;
    }

    @Override
    public List<NS> lookupNS(String name, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupNS " + name, options);
        return ns;
    }

    @Override
    public SRVAnswer lookupSRV(String name, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupSRV " + name, options);
        return srv;
    }

    @Override
    public List<String> lookupTXT(String name, ResolverOptions options, Instant deadline) throws IOException {
        ask("lookupTXT " + name, options);
        return txt;
    }
}
