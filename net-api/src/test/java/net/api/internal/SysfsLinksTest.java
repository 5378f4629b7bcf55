package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.api.Flags;
import net.api.HardwareAddr;
import net.api.Interface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Linux link table from sysfs, against what Go's netlink-based interfaceTable and newLink
 * (interface_linux.go) report: flags as linkFlags maps them, hardware addresses as newLink
 * keeps them.
 */
class SysfsLinksTest {

    @Test
    void machineTableAsGoPrintsIt(@TempDir Path root) throws IOException {
        List<Interface> ift = new SysfsLinks(FakeSysfs.machine(root)).interfaces();
        // What `go run` printed for net.Interfaces() on this machine.
        assertEquals(List.of(
                new Interface(1, 65536, "lo", null, Flags.UP.or(Flags.LOOPBACK).or(Flags.RUNNING)),
                new Interface(2, 1500, "ifb0", mac(0xa2, 0x16, 0x6c, 0x69, 0x2d, 0x67), Flags.BROADCAST),
                new Interface(3, 1500, "ifb1", mac(0xd2, 0xfa, 0x90, 0x4e, 0xf3, 0x4a), Flags.BROADCAST),
                new Interface(4, 1400, "eth0", mac(0x02, 0xfc, 0, 0, 0, 1),
                        Flags.UP.or(Flags.BROADCAST).or(Flags.MULTICAST).or(Flags.RUNNING))),
                ift);
        assertEquals("up|loopback|running", ift.get(0).flags().toString());
        assertEquals("broadcast", ift.get(1).flags().toString());
        assertEquals("up|broadcast|multicast|running", ift.get(3).flags().toString());
    }

    @Test
    void vanishedInterfaceIsLeftOut(@TempDir Path root) throws IOException {
        FakeSysfs.machine(root);
        Files.delete(root.resolve("eth0").resolve("mtu"));
        assertEquals(List.of("lo", "ifb0", "ifb1"),
                new SysfsLinks(root).interfaces().stream().map(Interface::name).toList());
    }

    @Test
    void unreadableRoot(@TempDir Path dir) {
        SysfsLinks links = new SysfsLinks(dir.resolve("missing"));
        assertFalse(links.available());
        assertThrows(IOException.class, links::interfaces);
        assertTrue(new SysfsLinks(dir).available());
    }

    /** Linux IFF_* bits and the running state, to Go's Flags. */
    static Stream<Arguments> flags() {
        return Stream.of(
                Arguments.of(0x0, false, "0"),
                Arguments.of(0x1, true, "up|running"),
                Arguments.of(0x1, false, "up"),
                Arguments.of(0x2, false, "broadcast"),
                Arguments.of(0x8, false, "loopback"),
                Arguments.of(0x10, false, "pointtopoint"),
                Arguments.of(0x1000, false, "multicast"),
                // IFF_PROMISC, IFF_ALLMULTI, IFF_NOARP, IFF_RUNNING itself: no Go flag
                Arguments.of(0x100 | 0x200 | 0x80 | 0x40, false, "0"),
                Arguments.of(0x1 | 0x10 | 0x80 | 0x1000, true, "up|pointtopoint|multicast|running"));
    }

    @ParameterizedTest(name = "{0} running={1} -> {2}")
    @MethodSource("flags")
    void linkFlags(int raw, boolean running, String want) {
        assertEquals(want, SysfsLinks.flags(raw, running).toString());
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("operstates")
    void runningNeedsUpAndAnOperationalState(String flags, String operstate, boolean running,
            @TempDir Path root) throws IOException {
        FakeSysfs.link(root, "x0", 7, 1500, flags, 1, "02:00:00:00:00:07", operstate);
        assertEquals(running, new SysfsLinks(root).interfaces().get(0).flags().has(Flags.RUNNING));
    }

    static Stream<Arguments> operstates() {
        return Stream.of(
                Arguments.of("0x1003", "up", true),
                Arguments.of("0x1003", "unknown", true),
                Arguments.of("0x1003", "down", false),
                Arguments.of("0x1003", "dormant", false),
                Arguments.of("0x1003", "lowerlayerdown", false),
                Arguments.of("0x1002", "unknown", false));
    }

    /** Go's newLink: all-zero addresses and tunnels' IP addresses are no hardware address. */
    static Stream<Arguments> hardwareAddrs() {
        return Stream.of(
                Arguments.of("02:fc:00:00:00:01", 1, new byte[] {2, (byte) 0xfc, 0, 0, 0, 1}),
                Arguments.of("00:00:00:00:00:00", 772, new byte[0]),
                Arguments.of("", 65534, new byte[0]),
                Arguments.of("0a:00:00:01", 768, new byte[0]),
                Arguments.of("0a:00:00:01", 776, new byte[0]),
                Arguments.of("0a:00:00:01", 778, new byte[0]),
                Arguments.of("0a:00:00:01", 769, new byte[] {10, 0, 0, 1}),
                Arguments.of("fd:00:00:00:00:00:00:00:00:00:00:00:00:00:00:01", 769, new byte[0]),
                Arguments.of("fd:00:00:00:00:00:00:00:00:00:00:00:00:00:00:01", 823, new byte[0]),
                Arguments.of("fd:00:00:00:00:00:00:00:00:00:00:00:00:00:00:01", 768,
                        new byte[] {(byte) 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}),
                Arguments.of("00:11:22:33:44:55:66:77", 1, new byte[] {0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77}));
    }

    @ParameterizedTest(name = "{0} type {1}")
    @MethodSource("hardwareAddrs")
    void hardwareAddr(String text, int type, byte[] want) {
        assertArrayEquals(want, SysfsLinks.hardwareAddr(text, type).bytes());
    }

    private static HardwareAddr mac(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return HardwareAddr.of(out);
    }
}
