package net.api.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The process's pollers, one per {@link SelectorProvider}, each started on first use and kept
 * for the life of the process, as Go keeps its one netpoller. This map is the package's only
 * shared state: the default instance that Go has too.
 */
public final class Pollers {

    private static final ConcurrentMap<SelectorProvider, Poller> BY_PROVIDER = new ConcurrentHashMap<>();

    private Pollers() {
    }

    /**
     * The poller for channels made by {@code provider}, started if it is not yet; fails if the
     * provider cannot open a selector.
     */
    public static Poller of(SelectorProvider provider) throws IOException {
        try {
            return BY_PROVIDER.computeIfAbsent(provider, p -> {
                try {
                    return SelectorPoller.start(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException("cannot open a selector of " + provider.getClass().getName(), e.getCause());
        }
    }
}
