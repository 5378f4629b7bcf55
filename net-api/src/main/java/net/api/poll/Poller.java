package net.api.poll;

import java.io.IOException;

/**
 * What watches channels for readiness (Go's {@code netpoll}): a waiter arms the poller for the
 * operations it waits for, and the poller calls {@link PollDesc#ready(int)} once they are
 * ready, disarming them again (one shot, like {@code EPOLLONESHOT}). One implementation serves
 * the channels of one {@link java.nio.channels.spi.SelectorProvider}; see {@link Pollers}.
 */
public interface Poller {

    /**
     * Watches {@code pd}'s channel for the {@link java.nio.channels.SelectionKey} operations
     * {@code ops} (added to those already watched), registering it on first use.
     */
    void arm(PollDesc pd, int ops) throws IOException;

    /**
     * Stops watching {@code pd}'s channel and closes it; the file descriptor is released once
     * the poller has let go of it. Called once, when the last operation on the channel is over.
     */
    void close(PollDesc pd) throws IOException;
}
