package net.api.poll;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Poller} on one {@link Selector}, with one platform thread that selects and wakes the
 * waiters (Go's {@code netpoll_epoll.go}, with the selector loop in the part of
 * {@code findRunnable} that polls). Interest is one-shot: a ready operation is removed from the
 * key's interest set before its waiters are woken, and the next waiter arms it again.
 *
 * <p>Only the selector thread touches the selector's keys, so waiters never contend with it for
 * the selector's locks: a waiter records the operations it wants in its {@link PollDesc}, pushes
 * the descriptor on a lock-free stack (once until the selector takes it off), and wakes the
 * selector only if it is blocked in {@code select} and no one has woken it yet (Netty's
 * {@code wakenUp} pattern). Before each {@code select} the selector thread applies all the
 * pending interest at once.
 */
final class SelectorPoller implements Poller {

    private static final Logger LOG = LoggerFactory.getLogger("net.poll");

    private final Selector selector;
    /** Descriptors with pending interest, linked through {@link PollDesc#nextArm}. */
    private final AtomicReference<PollDesc> arms = new AtomicReference<>();
    /** True while the selector thread is (about to be) blocked in select with no wake-up sent. */
    private final AtomicBoolean blocked = new AtomicBoolean();
    private final Consumer<SelectionKey> dispatch = this::dispatch;

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
    public void arm(PollDesc pd, int ops) {
        SelectionKey key = pd.key;
        if (key != null) {
            try {
                if ((key.interestOps() & ops) == ops) {
                    return; // still watched from an earlier wait
                }
            } catch (CancelledKeyException e) {
                return; // closed meanwhile: the waiter sees it
            }
        }
        if (pd.pendingOps.getAndAccumulate(ops, (a, b) -> a | b) != 0) {
            return; // already on the stack; the selector picks up the new bits with the old
        }
        PollDesc head;
        do {
            head = arms.get();
            pd.nextArm = head;
        } while (!arms.compareAndSet(head, pd));
        wakeup();
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
                wakeup(); // a registered channel's descriptor is released by the next select
            }
        }
    }

    /** Wakes the selector thread if it is blocked and not yet woken. */
    private void wakeup() {
        if (blocked.get() && blocked.compareAndSet(true, false)) {
            selector.wakeup();
        }
    }

    private void loop() {
        while (true) {
            try {
                applyArms();
                blocked.set(true);
                if (arms.get() != null) {
                    blocked.set(false); // armed after applyArms: apply before blocking
                    continue;
                }
                selector.select(dispatch);
                blocked.set(false);
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("poller: select failed", e);
            }
        }
    }

    /** Applies the interest that waiters have asked for since the last time. */
    private void applyArms() {
        PollDesc pd = arms.getAndSet(null);
        while (pd != null) {
            PollDesc next = pd.nextArm;
            pd.nextArm = null;
            int ops = pd.pendingOps.getAndSet(0);
            try {
                SelectionKey key = pd.key;
                if (key == null) {
                    pd.key = pd.channel().register(selector, ops, pd);
                } else {
                    key.interestOpsOr(ops);
                }
            } catch (CancelledKeyException | IOException e) {
                pd.ready(ops); // closed meanwhile: the waiters retry and see it
            }
            pd = next;
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
