package net.udp.internal;

import static net.udp.internal.Udp.LOOPBACK4;
import static net.udp.internal.Udp.local4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.api.Conn;
import net.api.Control;
import net.api.OpException;
import net.api.PacketConn;
import net.api.TCPAddr;
import net.api.UDPAddr;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.udp.UDPConn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the facade reaches through ServiceLoader: the provider's dial, listen and listenPacket. */
@ExtendWith(NoFdLeft.class)
class UdpTransportProviderTest {

    private final UdpTransportProvider provider = new UdpTransportProvider();

    @Test
    void servesTheUdpNetworks() {
        assertEquals(Set.of("udp", "udp4", "udp6"), provider.networks());
    }

    /** Go's {@code ListenPacket("udp", ":0")}: a dual-stack socket on the wildcard. */
    @Test
    void listenPacketOnTheWildcard() throws IOException {
        try (PacketConn c = provider.listenPacket(new ListenRequest("udp", new UDPAddr(null, 0), null, null))) {
            UDPConn u = assertInstanceOf(UDPConn.class, c);
            assertEquals("::", u.localAddr().ip().toString());
        }
    }

    /** Go's {@code Dial("udp", …)}: a connected UDPConn; the Control hook sees udp4 and the address. */
    @Test
    void dialWithControl() throws IOException {
        List<String> seen = new ArrayList<>();
        Control control = (network, address, channel) -> {
            assertInstanceOf(DatagramChannel.class, channel);
            seen.add(network + " " + address);
        };
        try (UDPConn server = Udp.listen();
             Conn c = provider.dial(new DialRequest("udp", null, server.localAddr(), null, null, control))) {
            assertEquals(server.localAddr(), c.remoteAddr());
            assertEquals(List.of("udp4 " + server.localAddr()), seen);
        }
    }

    /** A Control hook's error is the OpError's cause, as it is. */
    @Test
    void controlFailure() {
        IOException denied = new IOException("denied by hook");
        Control control = (network, address, channel) -> {
            throw denied;
        };
        OpException e = assertThrows(OpException.class,
                () -> provider.listenPacket(new ListenRequest("udp4", local4(), null, control)));
        assertEquals("listen udp4 127.0.0.1:0: denied by hook", e.getMessage());
        assertEquals(denied, e.getCause());
    }

    @Test
    void dialOfAnotherAddressType() {
        OpException e = assertThrows(OpException.class,
                () -> provider.dial(new DialRequest("udp", null, new TCPAddr(LOOPBACK4, 9), null, null, null)));
        assertEquals("dial udp 127.0.0.1:9: address 127.0.0.1:9: unexpected address type", e.getMessage());
    }

    @Test
    void nullRequest() {
        assertEquals("request is null",
                assertThrows(IllegalArgumentException.class, () -> provider.dial(null)).getMessage());
    }
}
