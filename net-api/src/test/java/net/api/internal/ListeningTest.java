package net.api.internal;

import static net.api.internal.TestAddrs.tcps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import net.api.Addr;
import net.api.Control;
import net.api.DNSException;
import net.api.KeepAliveConfig;
import net.api.ListenConfig;
import net.api.OpException;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.spi.ListenRequest;
import org.junit.jupiter.api.Test;

/** ListenConfig's steps (Go's ListenConfig.Listen and ListenPacket) over fakes; the fake transport's bind always fails. */
class ListeningTest {

    private static ListenRequest listen(ListenConfig lc, FakeTransport t, List<Addr> addrs, String network) {
        OpException e = assertThrows(OpException.class,
                () -> Listening.listen(lc, n -> t, (op, net, address, hint, deadline) -> addrs, network, "x:0"));
        assertEquals("bind: fake", e.getCause().getMessage());
        assertEquals(1, t.listens.size());
        return t.listens.get(0);
    }

    @Test
    void firstIPv4AddressIsChosen() {
        List<Addr> addrs = tcps("::1", "127.0.0.2", "127.0.0.1");
        ListenRequest r = listen(ListenConfig.builder().build(), new FakeTransport(FakeTransport.Behaviour.CONNECT), addrs, "tcp");
        assertEquals(addrs.get(1), r.local());
    }

    @Test
    void firstAddressWithoutIPv4() {
        List<Addr> addrs = tcps("::1", "::2");
        ListenRequest r = listen(ListenConfig.builder().build(), new FakeTransport(FakeTransport.Behaviour.CONNECT), addrs, "tcp");
        assertEquals(addrs.get(0), r.local());
    }

    @Test
    void keepAliveAndControlReachTheTransport() {
        Control control = (n, a, c) -> { };
        ListenRequest r = listen(ListenConfig.builder().control(control).build(),
                new FakeTransport(FakeTransport.Behaviour.CONNECT), List.of(new TCPAddr(null, 0)), "tcp");
        assertEquals(new KeepAliveConfig(true, Duration.ZERO, Duration.ZERO, 0), r.keepAlive());
        assertSame(control, r.control());
        assertNull(listen(ListenConfig.builder().keepAlive(Duration.ofSeconds(-1)).build(),
                new FakeTransport(FakeTransport.Behaviour.CONNECT), List.of(new TCPAddr(null, 0)), "tcp").keepAlive());
    }

    @Test
    void transportFailureIsWrappedWithTheLocalAddress() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        OpException e = assertThrows(OpException.class, () -> Listening.listen(ListenConfig.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> List.of(new TCPAddr(null, 80)), "tcp", ":80"));
        assertEquals("listen tcp :80: bind: fake", e.getMessage());
    }

    @Test
    void resolutionFailureHasNoAddress() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        OpException e = assertThrows(OpException.class, () -> Listening.listen(ListenConfig.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> {
                    throw DNSException.noSuchHost("foo", "");
                }, "tcp", "foo:80"));
        assertEquals("listen tcp: lookup foo: no such host", e.getMessage());
    }

    @Test
    void listenRefusesADatagramAddress() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        OpException e = assertThrows(OpException.class, () -> Listening.listen(ListenConfig.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> List.of(new UDPAddr(null, 0)), "udp", ":0"));
        assertEquals("listen udp :0: address :0: unexpected address type", e.getMessage());
        assertEquals(0, t.listens.size());
    }

    @Test
    void listenPacketRefusesAStreamAddressAndSendsNoKeepAlive() throws IOException {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        OpException e = assertThrows(OpException.class, () -> Listening.listenPacket(ListenConfig.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> List.of(new TCPAddr(null, 0)), "tcp", ":0"));
        assertEquals("listen tcp :0: address :0: unexpected address type", e.getMessage());

        assertThrows(OpException.class, () -> Listening.listenPacket(ListenConfig.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> List.of(new UDPAddr(null, 0)), "udp", ":0"));
        assertEquals(1, t.listens.size());
        assertNull(t.listens.get(0).keepAlive());
    }

    @Test
    void theAddressStepIsAskedForAListen() {
        FakeTransport t = new FakeTransport(FakeTransport.Behaviour.CONNECT);
        String[] seen = new String[1];
        assertThrows(OpException.class, () -> Listening.listen(ListenConfig.builder().build(), n -> t,
                (op, net, address, hint, deadline) -> {
                    seen[0] = op + " " + net + " " + address + " " + hint + " " + deadline;
                    return List.of(new TCPAddr(null, 0));
                }, "tcp6", "[::1]:0"));
        assertEquals("listen tcp6 [::1]:0 null null", seen[0]);
    }

    @Test
    void badArgumentsAreNamed() {
        ListenConfig lc = ListenConfig.builder().build();
        assertEquals("network is null", assertThrows(IllegalArgumentException.class, () -> lc.listen(null, ":0")).getMessage());
        assertEquals("address is null", assertThrows(IllegalArgumentException.class, () -> lc.listenPacket("udp", null)).getMessage());
        assertEquals("keepAlive is null",
                assertThrows(IllegalArgumentException.class, () -> ListenConfig.builder().keepAlive(null)).getMessage());
    }
}
