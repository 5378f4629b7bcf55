package net.api.internal;

import static net.api.internal.TestAddrs.SLOW_DST4;
import static net.api.internal.TestAddrs.tcps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.api.Addr;
import net.api.AddrException;
import net.api.Conn;
import net.api.Control;
import net.api.DNSException;
import net.api.Dialer;
import net.api.KeepAliveConfig;
import net.api.OpException;
import net.api.OpTimeoutException;
import net.api.TCPAddr;
import net.api.UnknownNetworkException;
import net.api.spi.DialRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dialer.dial's steps (Go's DialContext) over a fake address source and a fake transport. */
class DialingTest {

    private static Conn dial(Dialer d, FakeTransport t, List<Addr> addrs, String network) throws IOException {
        return Dialing.dial(d, n -> t, (op, net, address, hint, deadline) -> addrs, network, "test:80");
    }

    private static DialRequest onlyDial(Dialer d, List<Addr> addrs) throws IOException {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        dial(d, t, addrs, "tcp").close();
        assertEquals(1, t.dials.size());
        return t.dials.get(0);
    }

    /** Go's TestDialerKeepAlive: the Dialer's KeepAlive, and the idle time the connection gets (null: left alone). */
    static Stream<Arguments> keepAlives() {
        return Stream.of(
                Arguments.of(Duration.ofSeconds(-1), null),
                Arguments.of(Duration.ZERO, Duration.ZERO),
                Arguments.of(Duration.ofSeconds(5), Duration.ofSeconds(5)),
                Arguments.of(Duration.ofSeconds(30), Duration.ofSeconds(30)));
    }

    @ParameterizedTest
    @MethodSource("keepAlives")
    void keepAlive(Duration keepAlive, Duration expectedIdle) throws Exception {
        DialRequest r = onlyDial(Dialer.builder().keepAlive(keepAlive).build(), tcps("127.0.0.1"));
        if (expectedIdle == null) {
            assertNull(r.keepAlive());
        } else {
            assertEquals(new KeepAliveConfig(true, expectedIdle, Duration.ZERO, 0), r.keepAlive());
        }
    }

    @Test
    void enabledKeepAliveConfigWins() throws Exception {
        KeepAliveConfig cfg = new KeepAliveConfig(true, Duration.ofSeconds(3), Duration.ofSeconds(4), 5);
        DialRequest r = onlyDial(Dialer.builder().keepAlive(Duration.ofSeconds(-1)).keepAliveConfig(cfg).build(), tcps("127.0.0.1"));
        assertEquals(cfg, r.keepAlive());
    }

    @Test
    void deadlineIsTheEarlierOfTimeoutAndDeadline() throws Exception {
        Instant before = Instant.now();
        DialRequest r = onlyDial(Dialer.builder().timeout(Duration.ofHours(1)).deadline(before.plusSeconds(10)).build(),
                tcps("127.0.0.1"));
        assertEquals(before.plusSeconds(10), r.deadline());

        before = Instant.now();
        r = onlyDial(Dialer.builder().timeout(Duration.ofSeconds(10)).deadline(before.plusSeconds(3600)).build(),
                tcps("127.0.0.1"));
        Instant after = Instant.now();
        assertTrue(!r.deadline().isBefore(before.plusSeconds(10)) && !r.deadline().isAfter(after.plusSeconds(10)),
                "deadline " + r.deadline());

        assertNull(onlyDial(Dialer.builder().build(), tcps("127.0.0.1")).deadline());
    }

    @Test
    void negativeTimeoutTimesOutAtOnce() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        Dialer d = Dialer.builder().timeout(Duration.ofNanos(-1)).build();
        OpTimeoutException e = assertThrows(OpTimeoutException.class, () -> dial(d, t, tcps("127.0.0.1"), "tcp"));
        assertTrue(e.timeout());
        assertEquals(0, t.dials.size());
    }

    @Test
    void settingsReachTheTransport() throws Exception {
        TCPAddr local = new TCPAddr(null, 0);
        Control control = (network, address, channel) -> { };
        DialRequest r = onlyDial(Dialer.builder().localAddr(local).control(control).build(), tcps("127.0.0.1"));
        assertSame(local, r.local());
        assertSame(control, r.control());
        assertEquals("tcp", r.network());
        assertEquals(tcps("127.0.0.1").get(0), r.remote());
    }

    /** Happy Eyeballs is for "tcp" with a non-negative fallback delay only; otherwise the list is dialed in order. */
    static Stream<Arguments> races() {
        return Stream.of(
                Arguments.of("tcp", Duration.ofNanos(1), true),
                Arguments.of("tcp", Duration.ZERO, true),
                Arguments.of("tcp", Duration.ofNanos(-1), false),
                Arguments.of("tcp4", Duration.ofNanos(1), false),
                Arguments.of("tcp6", Duration.ofNanos(1), false),
                Arguments.of("udp", Duration.ofNanos(1), false));
    }

    @ParameterizedTest
    @MethodSource("races")
    void raceOnlyForTcp(String network, Duration fallbackDelay, boolean races) throws Exception {
        // The primary hangs until the deadline; only a race reaches the fallback in time.
        List<Addr> addrs = tcps(SLOW_DST4, "::1");
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT).with(addrs.get(0), FakeTransport.Behaviour.HANG);
        Dialer d = Dialer.builder().fallbackDelay(fallbackDelay).timeout(Duration.ofMillis(500)).build();
        if (races) {
            try (Conn c = dial(d, t, addrs, network)) {
                assertEquals(addrs.get(1), c.remoteAddr());
            }
        } else {
            assertThrows(OpTimeoutException.class, () -> dial(d, t, addrs, network));
        }
        assertEquals(0, t.openSockets());
    }

    /** Resolution failures are Go's OpError without addresses. */
    static Stream<Arguments> resolutionErrors() {
        return Stream.of(
                Arguments.of(DNSException.noSuchHost("foo", ""), "dial tcp: lookup foo: no such host"),
                Arguments.of(DNSException.noSuchHost("foo", "127.0.0.1:53"), "dial tcp: lookup foo on 127.0.0.1:53: no such host"),
                Arguments.of(new AddrException("missing port in address", "x"), "dial tcp: address x: missing port in address"),
                Arguments.of(new UnknownNetworkException("tcp"), "dial tcp: unknown network tcp"),
                Arguments.of(new IOException("missing address"), "dial tcp: missing address"));
    }

    @ParameterizedTest
    @MethodSource("resolutionErrors")
    void resolutionError(IOException cause, String message) {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        OpException e = assertThrows(OpException.class, () -> Dialing.dial(Dialer.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> {
                    throw cause;
                }, "tcp", "x"));
        assertEquals(message, e.getMessage());
        assertSame(cause, e.getCause());
        assertNull(e.addr());
        assertEquals(0, t.dials.size());
    }

    @Test
    void transportFailureIsWrappedOnce() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.REFUSE);
        OpException e = assertThrows(OpException.class,
                () -> dial(Dialer.builder().build(), t, List.of(new TCPAddr(null, 1)), "tcp"));
        assertEquals("dial tcp :1: connect: connection refused", e.getMessage());
        assertEquals(IOException.class, e.getCause().getClass());
    }

    @Test
    void transportOpErrorIsNotWrappedAgain() {
        OpException fromTransport = new OpException("dial", "tcp", null, new TCPAddr(null, 1),
                new IOException("connect: connection refused"));
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT) {
            @Override
            public Conn dial(DialRequest r) throws IOException {
                throw fromTransport;
            }
        };
        OpException e = assertThrows(OpException.class, () -> dial(Dialer.builder().build(), t, tcps("127.0.0.1"), "tcp"));
        assertSame(fromTransport, e);
    }

    @Test
    void absentTransportNamesTheArtifact() {
        UnknownNetworkException e = assertThrows(UnknownNetworkException.class, () -> Dialing.dial(Dialer.builder().build(),
                n -> {
                    throw new UnknownNetworkException(n, "dev.gonet:net-tcp");
                },
                (op, net, address, hint, deadline) -> tcps("127.0.0.1"), "tcp", "127.0.0.1:80"));
        assertEquals("unknown network tcp: no transport module serves it; add the artifact dev.gonet:net-tcp", e.getMessage());
    }

    @Test
    void theAddressStepSeesTheDialersHintAndDeadline() throws Exception {
        TCPAddr local = new TCPAddr(null, 0);
        Instant deadline = Instant.now().plusSeconds(60);
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        Object[] seen = new Object[4];
        Dialing.dial(Dialer.builder().localAddr(local).deadline(deadline).build(), n -> {
            seen[3] = n;
            return t;
        }, (op, net, address, hint, dl) -> {
            seen[0] = op + " " + net + " " + address;
            seen[1] = hint;
            seen[2] = dl;
            return tcps("127.0.0.1");
        }, "tcp4", "example.com:80").close();
        assertEquals("dial tcp4 example.com:80", seen[0]);
        assertSame(local, seen[1]);
        assertEquals(deadline, seen[2]);
        assertEquals("tcp4", seen[3]);
    }

    @Test
    void transportIsFoundByTheFamilyOfAnIPNetwork() throws Exception {
        assertEquals("ip4", Dialing.family("ip4:icmp"));
        assertEquals("ip6", Dialing.family("ip6:58"));
        assertEquals("tcp", Dialing.family("tcp"));
    }

    @Test
    void badArgumentsAreNamed() {
        Dialer d = Dialer.builder().build();
        assertEquals("network is null", assertThrows(IllegalArgumentException.class, () -> d.dial(null, "x")).getMessage());
        assertEquals("address is null", assertThrows(IllegalArgumentException.class, () -> d.dial("tcp", null)).getMessage());
        assertEquals("timeout is null",
                assertThrows(IllegalArgumentException.class, () -> Dialer.builder().timeout(null)).getMessage());
        assertEquals("fallbackDelay is null",
                assertThrows(IllegalArgumentException.class, () -> Dialer.builder().fallbackDelay(null)).getMessage());
        assertEquals("keepAlive is null",
                assertThrows(IllegalArgumentException.class, () -> Dialer.builder().keepAlive(null)).getMessage());
        assertEquals("keepAliveConfig is null",
                assertThrows(IllegalArgumentException.class, () -> Dialer.builder().keepAliveConfig(null)).getMessage());
    }

    @Test
    void toBuilderKeepsEverySetting() {
        Dialer d = Dialer.builder().timeout(Duration.ofSeconds(1)).deadline(Instant.EPOCH).localAddr(new TCPAddr(null, 1))
                .fallbackDelay(Duration.ofMillis(5)).keepAlive(Duration.ofSeconds(-1))
                .keepAliveConfig(new KeepAliveConfig(true, Duration.ofSeconds(1), Duration.ofSeconds(2), 3))
                .control((n, a, c) -> { }).resolver(net.api.Resolver.builder().preferGo(true).build()).build();
        Dialer copy = d.toBuilder().build();
        assertEquals(d.timeout(), copy.timeout());
        assertEquals(d.deadline(), copy.deadline());
        assertEquals(d.localAddr(), copy.localAddr());
        assertEquals(d.fallbackDelay(), copy.fallbackDelay());
        assertEquals(d.keepAlive(), copy.keepAlive());
        assertEquals(d.keepAliveConfig(), copy.keepAliveConfig());
        assertEquals(d.control(), copy.control());
        assertEquals(d.resolver(), copy.resolver());
    }
}
