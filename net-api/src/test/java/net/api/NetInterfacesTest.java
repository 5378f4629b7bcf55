package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go's interface_test.go on this machine's interfaces: TestInterfaces (lookups by index and
 * name give the same interface), TestInterfaceAddrs, TestInterfaceUnicastAddrs and
 * TestInterfaceMulticastAddrs (address shapes), loopbackInterface; and the error cases.
 */
class NetInterfacesTest {


    /** Go's loopbackInterface: the first interface that is up and a loopback. */
    static Interface loopback() throws IOException {
        return Net.interfaces().stream()
                .filter(i -> i.flags().has(Flags.LOOPBACK.or(Flags.UP)))
                .findFirst().orElseThrow(() -> new AssertionError("no loopback interface"));
    }

    /** Go's supportsIPv6: whether ::1 can be listened on. */
    static boolean supportsIPv6() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void interfacesRoundTripByIndexAndName() throws IOException {
        List<Interface> ift = Net.interfaces();
        assertFalse(ift.isEmpty());
        for (Interface ifi : ift) {
            assertEquals(ifi, Net.interfaceByIndex(ifi.index()));
            if (!ifi.name().isEmpty()) {
                assertEquals(ifi, Net.interfaceByName(ifi.name()));
            }
            assertTrue(ifi.index() > 0, ifi::toString);
        }
    }

    @Test
    void loopbackIsUpAndHasLoopbackAddresses() throws IOException {
        Interface lo = loopback();
        assertTrue(lo.flags().has(Flags.UP.or(Flags.LOOPBACK)), lo.flags().toString());
        List<Addr> addrs = lo.addrs();
        assertTrue(addrs.contains(new IPNet(IP.v4(127, 0, 0, 1), IPMask.cidr(8, 32).orElseThrow())), addrs::toString);
        assertTrue(addrs.stream().map(Object::toString).anyMatch("127.0.0.1/8"::equals), addrs::toString);
        if (supportsIPv6()) {
            assertTrue(addrs.contains(new IPNet(IP.IPV6_LOOPBACK, IPMask.cidr(128, 128).orElseThrow())), addrs::toString);
            assertTrue(addrs.stream().map(Object::toString).anyMatch("::1/128"::equals), addrs::toString);
        }
    }

    @Test
    void interfaceAddrsHoldEveryInterfacesAddrsIPv4First() throws IOException {
        List<Addr> all = Net.interfaceAddrs();
        Stats stats = validateUnicast(all);
        checkUnicastStats(stats);
        Stats sum = new Stats();
        for (Interface ifi : Net.interfaces()) {
            Stats one = validateUnicast(ifi.addrs());
            sum.ipv4 += one.ipv4;
            sum.ipv6 += one.ipv6;
            assertTrue(all.containsAll(ifi.addrs()), ifi::toString);
        }
        assertEquals(stats.ipv4, sum.ipv4);
        assertEquals(stats.ipv6, sum.ipv6);
        for (int i = 0; i < stats.ipv4; i++) {
            assertTrue(((IPNet) all.get(i)).ip().to4().isPresent(), "IPv4 first");
        }
    }

    @Test
    void multicastAddrsAreMulticastGroups() throws IOException {
        int ipv6 = 0;
        for (Interface ifi : Net.interfaces()) {
            for (Addr a : ifi.multicastAddrs()) {
                IPAddr g = assertInstanceOf(IPAddr.class, a);
                assertEquals(16, g.ip().length(), () -> "not in the 16-byte internal form: " + g);
                assertTrue(g.ip().isMulticast() && !g.ip().isUnspecified(), g::toString);
                if (g.ip().to4().isEmpty()) {
                    ipv6++;
                }
            }
        }
        // Go's checkMulticastStats: with ::1 and another IPv6 address, some interface joined a group.
        Stats uni = validateUnicast(Net.interfaceAddrs());
        if (supportsIPv6() && uni.ipv6 > 1) {
            assertTrue(ipv6 > 0, "no IPv6 multicast group");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, Integer.MIN_VALUE})
    void invalidIndex(int index) {
        OpException e = assertThrows(OpException.class, () -> Net.interfaceByIndex(index));
        assertEquals("route ip+net: invalid network interface index", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1 << 30, Integer.MAX_VALUE})
    void noSuchIndex(int index) {
        OpException e = assertThrows(OpException.class, () -> Net.interfaceByIndex(index));
        assertEquals("route ip+net: no such network interface", e.getMessage());
    }

    @Test
    void emptyName() {
        OpException e = assertThrows(OpException.class, () -> Net.interfaceByName(""));
        assertEquals("route ip+net: invalid network interface name", e.getMessage());
    }

    @Test
    void unknownName() {
        OpException e = assertThrows(OpException.class, () -> Net.interfaceByName("nosuch0"));
        assertEquals("route ip+net: no such network interface", e.getMessage());
    }

    @Test
    void nullName() {
        assertEquals("name is null",
                assertThrows(IllegalArgumentException.class, () -> Net.interfaceByName(null)).getMessage());
    }

    @Test
    void interfaceComponentsAreChecked() {
        assertEquals("name is null", assertThrows(IllegalArgumentException.class,
                () -> new Interface(1, 1500, null, null, Flags.UP)).getMessage());
        assertEquals("flags is null", assertThrows(IllegalArgumentException.class,
                () -> new Interface(1, 1500, "lo", null, null)).getMessage());
        assertEquals(0, new Interface(1, 1500, "lo", null, Flags.UP).hardwareAddr().length());
    }

    /** An interface the system does not have has no addresses, as in Go (Addrs filters by index). */
    @Test
    void unknownInterfaceHasNoAddrs() throws IOException {
        Interface ghost = new Interface(Integer.MAX_VALUE, 1500, "ghost0", null, Flags.UP);
        assertEquals(List.of(), ghost.addrs());
        assertEquals(List.of(), ghost.multicastAddrs());
    }

    static final class Stats {
        int ipv4;
        int ipv6;
    }

    /** Go's validateInterfaceUnicastAddrs. */
    static Stats validateUnicast(List<Addr> ifat) {
        Stats stats = new Stats();
        for (Addr a : ifat) {
            IPNet n = assertInstanceOf(IPNet.class, a);
            assertEquals(16, n.ip().length(), () -> "not in the 16-byte internal form: " + n);
            assertFalse(n.ip().isMulticast(), n::toString);
            MaskSize size = n.mask().size();
            if (n.ip().to4().isPresent()) {
                assertEquals(32, size.bits(), n::toString);
                assertTrue(size.ones() > 0 && size.ones() <= 32, n::toString);
                if (n.ip().isLoopback()) {
                    assertTrue(size.ones() >= 8, n::toString); // RFC 1122
                }
                stats.ipv4++;
            } else {
                assertEquals(128, size.bits(), n::toString);
                assertTrue(size.ones() > 0 && size.ones() <= 128, n::toString);
                if (n.ip().isLoopback()) {
                    assertEquals(128, size.ones(), n::toString); // RFC 4291
                }
                stats.ipv6++;
            }
        }
        return stats;
    }

    /** Go's checkUnicastStats. */
    static void checkUnicastStats(Stats uni) throws IOException {
        boolean up = Net.interfaces().stream().anyMatch(i -> i.flags().has(Flags.UP));
        boolean loopUp = Net.interfaces().stream().anyMatch(i -> i.flags().has(Flags.UP.or(Flags.LOOPBACK)));
        if (up && uni.ipv4 == 0) {
            fail("no IPv4 unicast address");
        }
        if (supportsIPv6() && loopUp && uni.ipv6 == 0) {
            fail("no IPv6 unicast address");
        }
    }
}
