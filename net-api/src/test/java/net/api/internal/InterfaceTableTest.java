package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import net.api.Flags;
import net.api.Interface;
import net.api.OpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's interface.go functions over a sysfs and /proc of the test's making. */
class InterfaceTableTest {

    @TempDir
    Path dir;

    InterfaceTable table() throws IOException {
        return new InterfaceTable(FakeSysfs.machine(dir), ProcNetIGMPTest.IGMP, ProcNetIGMPTest.IGMP6,
                InstantSource.system());
    }

    @Test
    void interfacesByIndexAndName() throws IOException {
        InterfaceTable t = table();
        List<Interface> ift = t.interfaces();
        assertEquals(List.of("lo", "ifb0", "ifb1", "eth0"), ift.stream().map(Interface::name).toList());
        for (Interface ifi : ift) {
            assertEquals(ifi, t.byIndex(ifi.index()));
            assertEquals(ifi, t.byName(ifi.name()));
        }
    }

    @Test
    void interfacesFillTheZoneCache() throws IOException {
        InterfaceTable t = table();
        t.interfaces();
        assertEquals("eth0", t.zoneCache().name(4));
        assertEquals(2, t.zoneCache().index("ifb0"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, Integer.MIN_VALUE})
    void invalidIndex(int index) throws IOException {
        assertOpError("route ip+net: invalid network interface index",
                InterfaceError.Kind.INVALID_INTERFACE_INDEX, assertThrows(OpException.class, () -> table().byIndex(index)));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 1 << 30, Integer.MAX_VALUE})
    void noSuchIndex(int index) throws IOException {
        assertOpError("route ip+net: no such network interface",
                InterfaceError.Kind.NO_SUCH_INTERFACE, assertThrows(OpException.class, () -> table().byIndex(index)));
    }

    @Test
    void emptyName() {
        assertOpError("route ip+net: invalid network interface name",
                InterfaceError.Kind.INVALID_INTERFACE_NAME, assertThrows(OpException.class, () -> table().byName("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eth9", "ETH0", "eth0 ", "1"})
    void noSuchName(String name) {
        assertOpError("route ip+net: no such network interface",
                InterfaceError.Kind.NO_SUCH_INTERFACE, assertThrows(OpException.class, () -> table().byName(name)));
    }

    @Test
    void jdkViewWhenSysfsIsMissing() throws IOException {
        InterfaceTable t = new InterfaceTable(dir.resolve("missing"), dir, dir, InstantSource.system());
        Interface lo = t.interfaces().stream()
                .filter(i -> i.flags().has(Flags.LOOPBACK)).findFirst().orElseThrow();
        assertTrue(lo.flags().has(Flags.UP.or(Flags.RUNNING)), lo.flags().toString());
        assertEquals(0, lo.hardwareAddr().length());
        assertEquals(lo, t.byIndex(lo.index()));
        assertEquals(lo, t.byName(lo.name()));
        assertOpError("route ip+net: no such network interface", InterfaceError.Kind.NO_SUCH_INTERFACE,
                assertThrows(OpException.class, () -> t.byIndex(Integer.MAX_VALUE)));
    }

    @Test
    void multicastAddrsFromProcFiles() throws IOException {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "testdata is little-endian");
        InterfaceTable t = table();
        Interface eth0 = t.byName("eth0");
        List<net.api.Addr> want = ProcNetIGMPTest.addrs(List.of("224.0.0.251", "224.0.0.1",
                "ff02::1:ffac:891e", "ff02::1"));
        assertEquals(want, t.multicastAddrs(eth0));
    }

    static void assertOpError(String message, InterfaceError.Kind kind, OpException e) {
        assertEquals(message, e.getMessage());
        assertEquals("route", e.op());
        assertEquals("ip+net", e.network());
        assertNull(e.source());
        assertNull(e.addr());
        assertEquals(kind, assertInstanceOf(InterfaceError.class, e.getCause()).kind());
    }
}
