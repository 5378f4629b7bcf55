package net.api.poll;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.SelectorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Poller} on one {@link Selector}, with one platform thread that selects and wakes the
 * waiters (Go's {@code netpoll_epoll.go}, with the selector loop in the part of
 * {@code findRunnable} that polls). Interest is one-shot: a ready operation is removed from the
 * key's interest set before its waiters are woken, and the next waiter arms it again.
 */
final class SelectorPoller implements Poller {

    private static final Logger LOG = LoggerFactory.getLogger("net.poll");

    private final Selector selector;

    private SelectorPoller(Selector selector) {
        this.selector = selector;
    }

    /** Opens a selector of {@code provider} and starts its thread (a daemon). */
    static SelectorPoller start(SelectorProvider provider) throws IOException {
        SelectorPoller poller = new SelectorPoller(provider.openSelector());
        Thread.ofPlatform().daemon().name("net-poller-" + provider.getClass().getSimpleName())
                .start(poller::loop);
        return poller;
    }

    @Override
    public void arm(PollDesc pd, int ops) throws IOException {
        SelectionKey key = pd.key;
        if (key == null) {
            key = register(pd, ops);
        } else {
            int old;
            try {
                old = key.interestOpsOr(ops);
            } catch (CancelledKeyException e) {
                return; // closed meanwhile: the waiter sees it
            }
            if ((old | ops) == old) {
                return; // already watched, nothing for the selector to learn
            }
        }
        selector.wakeup();
    }

    private SelectionKey register(PollDesc pd, int ops) throws IOException {
        synchronized (pd) {
            if (pd.key == null) {
                pd.key = pd.channel().register(selector, ops, pd);
                return pd.key;
            }
        }
        pd.key.interestOpsOr(ops);
        return pd.key;
    }

    @Override
    public void close(PollDesc pd) throws IOException {
        SelectableChannel ch = pd.channel();
        SelectionKey key = pd.key;
        if (key != null) {
            key.cancel();
        }
        try {
            ch.close();
        } finally {
            if (key != null) {
                selector.wakeup(); // a registered channel's descriptor is released by the next select
            }
        }
    }

    private void loop() {
        while (true) {
            try {
                selector.select(this::dispatch);
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("poller: select failed", e);
            }
        }
    }

    private void dispatch(SelectionKey key) {
        int ready;
        try {
            ready = key.readyOps();
            key.interestOpsAnd(~ready);
        } catch (CancelledKeyException e) {
            ready = SelectionKey.OP_READ | SelectionKey.OP_WRITE;
        }
        ((PollDesc) key.attachment()).ready(ready);
    }
}
