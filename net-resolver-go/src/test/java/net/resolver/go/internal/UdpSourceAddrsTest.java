package net.resolver.go.internal;

import static net.resolver.go.internal.TestIPs.addr;
import static net.resolver.go.internal.TestIPs.parseIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import net.api.IP;
import net.api.IPAddr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The kernel's source address for loopback destinations only (connecting a UDP socket sends nothing). */
class UdpSourceAddrsTest {

    private final UdpSourceAddrs sources = new UdpSourceAddrs();

    @Test
    void ipv4LoopbackIsItsOwnSourceAsFourBytes() {
        assertEquals(Optional.of(addr("127.0.0.1")), sources.source(new IPAddr(parseIP("127.0.0.1"))));
        assertEquals(Optional.of(addr("127.0.0.1")), sources.source(new IPAddr(addr("127.0.0.1"))));
    }

    @Test
    void ipv6LoopbackIsItsOwnSource() {
        Assumptions.assumeTrue(ipv6Loopback(), "no IPv6 loopback on this machine");
        assertEquals(Optional.of(addr("::1")), sources.source(new IPAddr(addr("::1"))));
    }

    @Test
    void anAddressOfABadLengthHasNoSource() {
        assertEquals(Optional.empty(), sources.source(new IPAddr(IP.of(new byte[] {127, 0, 0}))));
    }

    @Test
    void missingDestinationIsNamed() {
        assertEquals("dst is null", assertThrows(IllegalArgumentException.class, () -> sources.source(null)).getMessage());
        assertEquals("dst.ip is null", assertThrows(IllegalArgumentException.class,
                () -> sources.source(new IPAddr(null))).getMessage());
    }

    private static boolean ipv6Loopback() {
        try (DatagramChannel c = DatagramChannel.open(java.net.StandardProtocolFamily.INET6)) {
            c.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
