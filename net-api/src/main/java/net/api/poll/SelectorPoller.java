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
 * A {@link Poller} on one {@link Selector}, with one thread that selects and wakes the waiters
 * (Go's {@code netpoll_epoll.go}, with the selector loop in the part of {@code findRunnable} that
 * polls). Interest is one-shot: a ready operation is removed from the key's interest set before
 * its waiters are woken, and the next waiter arms it again.
 *
 * <p>The thread is a platform thread unless the system property {@code net.poll.virtual} asks
 * for a virtual one (see {@link #start(SelectorProvider)}). A virtual one shares the carriers
 * with the threads it wakes, as the JDK's own sub-pollers do: while polls keep finding events it
 * polls without blocking and yields in between, and only when a poll finds nothing does it block
 * in {@code select}. Waking a waiter from a carrier queues it there, without the cross-thread
 * hand-off that a platform poller thread pays on every event.
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

    /** The first JDK whose selector parks a virtual thread that blocks in it (JEP 491's release). */
    private static final int FIRST_UNPINNED_RELEASE = 24;
    private final Selector selector;
    /** Descriptors with pending interest, linked through {@link PollDesc#nextArm}. */
    private final AtomicReference<PollDesc> arms = new AtomicReference<>();
    /** True while the selector thread is (about to be) blocked in select with no wake-up sent. */
    private final AtomicBoolean blocked = new AtomicBoolean();
    private final Consumer<SelectionKey> dispatch = this::dispatch;

    private SelectorPoller(Selector selector) {
        this.selector = selector;
    }

    /**
     * Opens a selector of {@code provider} and starts its thread: a daemon platform thread, or,
     * with the system property {@code net.poll.virtual=true}, a virtual thread where that cannot
     * pin a carrier for good (the JDK's own selector, on a runtime where a virtual thread that
     * blocks in it parks: JDK 24 and later). The platform thread is the default because a virtual
     * poller competes for the carriers with the threads it must wake: with every carrier busy
     * with spinning readers (100-connection ping-pong on 2 cores) it got none and the program
     * hung; the OS always schedules a platform thread.
     */
    static SelectorPoller start(SelectorProvider provider) throws IOException {
        return start(provider, virtualPoller(provider));
    }

    /** Opens a selector of {@code provider} and starts its thread, virtual or platform. */
    static SelectorPoller start(SelectorProvider provider, boolean virtual) throws IOException {
        SelectorPoller poller = new SelectorPoller(provider.openSelector());
        String name = "net-poller-" + provider.getClass().getSimpleName();
        if (virtual) {
            Thread.ofVirtual().name(name).start(poller::loop);
        } else {
            Thread.ofPlatform().daemon().name(name).start(poller::loop);
        }
        return poller;
    }

    private static boolean virtualPoller(SelectorProvider provider) {
        return Boolean.parseBoolean(System.getProperty("net.poll.virtual", "false"))
                && Runtime.version().feature() >= FIRST_UNPINNED_RELEASE
                && provider.getClass().getModule() == Object.class.getModule();
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

    /**
     * Closes the selector, which ends its thread. Only for a poller of one's own: those of
     * {@link Pollers} live as long as the process.
     */
    void shutdown() throws IOException {
        selector.close();
    }

    /** Wakes the selector thread if it is blocked and not yet woken. */
    private void wakeup() {
        if (blocked.get() && blocked.compareAndSet(true, false)) {
            selector.wakeup();
        }
    }

    private void loop() {
        boolean virtual = Thread.currentThread().isVirtual();
        while (true) {
            try {
                applyArms();
                if (virtual && selector.selectNow(dispatch) > 0) {
                    Thread.yield(); // more may follow soon: poll again after the others had a turn
                    continue;
                }
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
