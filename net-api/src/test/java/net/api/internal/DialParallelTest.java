package net.api.internal;

import static net.api.internal.TestAddrs.SLOW_DST4;
import static net.api.internal.TestAddrs.SLOW_DST6;
import static net.api.internal.TestAddrs.tcps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import net.api.Addr;
import net.api.Conn;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The racing and serial dials of SysDialer, over a fake transport that sends nothing. */
class DialParallelTest {

    private static final Duration FALLBACK_DELAY = Duration.ofMillis(200);
    private static final Duration FOREVER = Duration.ofMinutes(60);
    /** A generous bound for "at once": far below FOREVER, far above any scheduling hiccup. */
    private static final Duration SOON = Duration.ofSeconds(20);

    private static SysDialer dialer(FakeTransport t, Duration fallbackDelay, Instant deadline) {
        return new SysDialer(t, "tcp", null, deadline, null, null, fallbackDelay);
    }

    /** The transport of Go's TestDialParallel: a torn-down family refuses, the slow addresses hang, the rest connect. */
    private static FakeTransport goTransport(String teardownNetwork, List<Addr> primaries, List<Addr> fallbacks) {
        List<Addr> all = new ArrayList<>(primaries);
        all.addAll(fallbacks);
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        for (Addr a : all) {
            String n = AddrList.isIPv4(a) ? "tcp4" : "tcp6";
            if (n.equals(teardownNetwork)) {
                t.with(a, FakeTransport.Behaviour.REFUSE);
            }
        }
        t.withAll(tcps(SLOW_DST4, SLOW_DST6), FakeTransport.Behaviour.HANG);
        return t;
    }

    /** As Go: where a case expects no delay, a fallback that waited for its timer would take forever. */
    private static SysDialer goDialer(FakeTransport t, Duration expectedElapsed) {
        return dialer(t, expectedElapsed.isZero() ? FOREVER : FALLBACK_DELAY, null);
    }

    /** Go's TestDialParallel table, in Go's order: primaries, fallbacks, torn-down network, success, elapsed at least. */
    static Stream<Arguments> goCases() {
        String[] thousand = Collections.nCopies(1000, "::1").toArray(new String[0]);
        return Stream.of(
                // These should just work on the first try.
                Arguments.of(tcps("127.0.0.1"), tcps(), "", true, Duration.ZERO),
                Arguments.of(tcps("::1"), tcps(), "", true, Duration.ZERO),
                Arguments.of(tcps("127.0.0.1", "::1"), tcps(SLOW_DST6), "tcp6", true, Duration.ZERO),
                Arguments.of(tcps("::1", "127.0.0.1"), tcps(SLOW_DST4), "tcp4", true, Duration.ZERO),
                // Primary is slow; fallback should kick in.
                Arguments.of(tcps(SLOW_DST4), tcps("::1"), "", true, FALLBACK_DELAY),
                // Skip a "connection refused" in the primary thread.
                Arguments.of(tcps("127.0.0.1", "::1"), tcps(), "tcp4", true, Duration.ZERO),
                Arguments.of(tcps("::1", "127.0.0.1"), tcps(), "tcp6", true, Duration.ZERO),
                // Skip a "connection refused" in the fallback thread.
                Arguments.of(tcps(SLOW_DST4, SLOW_DST6), tcps("::1", "127.0.0.1"), "tcp6", true, FALLBACK_DELAY),
                // Primary refused, fallback without delay.
                Arguments.of(tcps("127.0.0.1"), tcps("::1"), "tcp4", true, Duration.ZERO),
                Arguments.of(tcps("::1"), tcps("127.0.0.1"), "tcp6", true, Duration.ZERO),
                // Everything is refused.
                Arguments.of(tcps("127.0.0.1"), tcps(), "tcp4", false, Duration.ZERO),
                // Nothing to do; fail instantly.
                Arguments.of(tcps(), tcps(), "", false, Duration.ZERO),
                // Connecting to tons of addresses should not trip the deadline.
                Arguments.of(tcps(thousand), tcps(), "", true, Duration.ZERO));
    }

    @ParameterizedTest
    @MethodSource("goCases")
    void goDialParallel(List<Addr> primaries, List<Addr> fallbacks, String teardown, boolean ok, Duration atLeast)
            throws Exception {
        FakeTransport t = goTransport(teardown, primaries, fallbacks);
        SysDialer sd = goDialer(t, atLeast);
        long start = System.nanoTime();
        Conn c = null;
        IOException err = null;
        try {
            c = sd.dialParallel(primaries, fallbacks);
        } catch (IOException e) {
            err = e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String got = err == null ? "no error" : err.toString();
        assertEquals(ok, c != null, got);
        if (!ok) {
            assertInstanceOf(OpException.class, err);
        }
        assertTrue(elapsed.compareTo(atLeast) >= 0, "elapsed " + elapsed + ", want at least " + atLeast);
        assertTrue(elapsed.compareTo(SOON) < 0, "elapsed " + elapsed);
        // The racers are done, and only the returned connection is open.
        assertEquals(0, t.activeDials());
        assertEquals(ok ? 1 : 0, t.openSockets());
        if (c != null) {
            c.close();
        }
        assertEquals(0, t.openSockets());
    }

    /** Go repeats each case and cancels it after 5 ms: here an interrupt, after which nothing is left open or running. */
    @ParameterizedTest
    @MethodSource("goCases")
    void goDialParallelInterrupted(List<Addr> primaries, List<Addr> fallbacks, String teardown, boolean ok, Duration atLeast)
            throws Exception {
        FakeTransport t = goTransport(teardown, primaries, fallbacks);
        SysDialer sd = goDialer(t, atLeast);
        AtomicReference<Conn> conn = new AtomicReference<>();
        Thread dialing = Thread.ofVirtual().start(() -> {
            try {
                conn.set(sd.dialParallel(primaries, fallbacks));
            } catch (IOException e) {
                // All that matters is that the call can be interrupted.
            }
        });
        Thread.sleep(5);
        dialing.interrupt();
        dialing.join(SOON);
        assertFalse(dialing.isAlive());
        assertEquals(0, t.activeDials());
        if (conn.get() != null) {
            conn.get().close();
        }
        assertEquals(0, t.openSockets());
    }

    /** Go's TestDialerFallbackDelay: the primary hangs, the fallback connects after the delay (zero: 300 ms). */
    static Stream<Arguments> fallbackDelays() {
        return Stream.of(
                Arguments.of(Duration.ofNanos(1), Duration.ZERO),
                Arguments.of(Duration.ofMillis(200), Duration.ofMillis(200)),
                Arguments.of(Duration.ZERO, Duration.ofMillis(300)));
    }

    @ParameterizedTest
    @MethodSource("fallbackDelays")
    void fallbackDelay(Duration delay, Duration atLeast) throws Exception {
        List<Addr> primaries = tcps(SLOW_DST6);
        List<Addr> fallbacks = tcps("127.0.0.1");
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT).withAll(primaries, FakeTransport.Behaviour.HANG);
        Duration effective = delay.isPositive() ? delay : net.api.Dialer.DEFAULT_FALLBACK_DELAY;
        long start = System.nanoTime();
        try (Conn c = dialer(t, effective, null).dialParallel(primaries, fallbacks)) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(fallbacks.get(0), c.remoteAddr());
            assertTrue(elapsed.compareTo(atLeast) >= 0, "elapsed " + elapsed);
            assertTrue(elapsed.compareTo(SOON) < 0, "elapsed " + elapsed);
            assertEquals(0, t.activeDials(), "the hanging primary was cancelled");
        }
        assertEquals(0, t.openSockets());
    }

    /** Go's TestDialParallelSpuriousConnection: both racers connect; one connection is returned, the other closed. */
    @Test
    void spuriousConnectionIsClosed() throws Exception {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT_WHEN_BOTH_DIAL);
        Conn c = dialer(t, Duration.ofMillis(100), null).dialParallel(tcps("127.0.0.1"), tcps("::1"));
        assertEquals(2, t.dials.size());
        assertEquals(1, t.openSockets(), "the losing connection is closed before dialParallel returns");
        c.close();
        assertEquals(0, t.openSockets());
    }

    /** When both families fail, the error is the primaries' (Go: "an error from the first primary address"). */
    @Test
    void bothFailReportsThePrimaryError() {
        List<Addr> primaries = tcps("::1", "::2");
        List<Addr> fallbacks = tcps("127.0.0.1");
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.REFUSE);
        OpException e = assertThrows(OpException.class,
                () -> dialer(t, Duration.ofNanos(1), null).dialParallel(primaries, fallbacks));
        assertSame(t.refusals.get(primaries.get(0)), e.getCause());
        assertEquals(primaries.get(0), e.addr());
        assertEquals("dial", e.op());
        assertEquals("tcp", e.network());
    }

    /** Go's dialSerial keeps the first address's error, a later timeout notwithstanding. */
    @Test
    void serialKeepsTheFirstError() {
        List<Addr> addrs = tcps("127.0.0.1", SLOW_DST4);
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.HANG).with(addrs.get(0), FakeTransport.Behaviour.REFUSE);
        OpException e = assertThrows(OpException.class,
                () -> dialer(t, FOREVER, Instant.now().plusMillis(50)).dialSerial(addrs));
        assertSame(t.refusals.get(addrs.get(0)), e.getCause());
        assertEquals(2, t.dials.size());
    }

    /** Each address gets its share of the time left (Go's partialDeadline), the last one all of it. */
    @Test
    void serialSharesTheDeadline() throws Exception {
        List<Addr> addrs = tcps("127.0.0.1", "127.0.0.2", "127.0.0.3");
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.REFUSE).with(addrs.get(2), FakeTransport.Behaviour.CONNECT);
        Instant before = Instant.now();
        Instant deadline = before.plusSeconds(120);
        try (Conn c = dialer(t, FOREVER, deadline).dialSerial(addrs)) {
            assertNotNull(c);
        }
        Instant after = Instant.now();
        Instant first = t.dials.get(0).deadline();
        assertTrue(!first.isBefore(before.plusSeconds(40)) && !first.isAfter(after.plusSeconds(40)), "first share " + first);
        Instant second = t.dials.get(1).deadline();
        assertTrue(second.isAfter(first) && second.isBefore(deadline), "second share " + second);
        assertEquals(deadline, t.dials.get(2).deadline());
    }

    /** A passed deadline fails before any attempt, with Go's timeout error. */
    @Test
    void passedDeadlineTimesOut() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        OpTimeoutException e = assertThrows(OpTimeoutException.class,
                () -> dialer(t, FOREVER, Instant.now().minusSeconds(1)).dialSerial(tcps("127.0.0.1")));
        assertTrue(e.timeout());
        assertEquals(0, t.dials.size());
    }

    /** A hanging address times out at its deadline: an OpTimeoutException, and its socket closed. */
    @Test
    void hangingAddressTimesOut() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.HANG);
        OpTimeoutException e = assertThrows(OpTimeoutException.class,
                () -> dialer(t, FOREVER, Instant.now().plusMillis(50)).dialSerial(tcps(SLOW_DST4)));
        assertEquals("dial", e.op());
        assertEquals(0, t.openSockets());
    }

    /** Go's errMissingAddress: an empty list. */
    @Test
    void emptyListIsMissingAddress() {
        OpException e = assertThrows(OpException.class,
                () -> dialer(new FakeTransport(FakeTransport.Behaviour.CONNECT), FOREVER, null).dialParallel(List.of(), List.of()));
        assertEquals("dial tcp: missing address", e.getMessage());
    }

    /** An interrupt during a serial dial: OpInterruptedException, interrupt status kept, no socket left. */
    @Test
    void interruptDuringSerialDial() throws Exception {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.HANG);
        assertInterruptedLeavesNothing(t, () -> dialer(t, FOREVER, null).dialParallel(tcps(SLOW_DST4, "127.0.0.1"), List.of()));
        assertEquals(1, t.dials.size(), "no further address is tried after the interrupt");
    }

    /** An interrupt during a race: both racers cancelled and awaited, no socket left. */
    @Test
    void interruptDuringRace() throws Exception {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.HANG);
        assertInterruptedLeavesNothing(t, () -> dialer(t, Duration.ofNanos(1), null).dialParallel(tcps(SLOW_DST6), tcps(SLOW_DST4)));
    }

    /** A thread interrupted before it dials does not dial. */
    @Test
    void interruptedBeforeDialing() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        Thread.currentThread().interrupt();
        try {
            assertThrows(OpInterruptedException.class, () -> dialer(t, FOREVER, null).dialSerial(tcps("127.0.0.1")));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, t.dials.size());
    }

    interface Dial {
        Conn run() throws IOException;
    }

    private static void assertInterruptedLeavesNothing(FakeTransport t, Dial dial) throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread dialing = Thread.ofVirtual().start(() -> {
            try {
                dial.run().close();
            } catch (Throwable e) {
                thrown.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        while (t.activeDials() == 0 && dialing.isAlive()) {
            Thread.sleep(1);
        }
        dialing.interrupt();
        dialing.join(SOON);
        assertFalse(dialing.isAlive());
        OpInterruptedException e = assertInstanceOf(OpInterruptedException.class, thrown.get());
        assertEquals("dial", e.op());
        assertTrue(stillInterrupted.get(), "the interrupt status is kept");
        assertEquals(0, t.activeDials());
        assertEquals(0, t.openSockets());
    }
}
