package net.api.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@code /sys/class/net} of the test's making: one directory per interface. */
final class FakeSysfs {

    private FakeSysfs() {
    }

    /** Writes the files SysfsLinks reads, as Linux shows them. */
    static void link(Path root, String name, int index, int mtu, String flags, int type,
            String address, String operstate) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("ifindex"), index + "\n");
        Files.writeString(dir.resolve("mtu"), mtu + "\n");
        Files.writeString(dir.resolve("flags"), flags + "\n");
        Files.writeString(dir.resolve("type"), type + "\n");
        Files.writeString(dir.resolve("address"), address + "\n");
        Files.writeString(dir.resolve("operstate"), operstate + "\n");
    }

    /** This machine's table as `go` saw it: lo, two down ifb devices, eth0. */
    static Path machine(Path root) throws IOException {
        link(root, "eth0", 4, 1400, "0x1003", 1, "02:fc:00:00:00:01", "up");
        link(root, "lo", 1, 65536, "0x9", 772, "00:00:00:00:00:00", "unknown");
        link(root, "ifb1", 3, 1500, "0x82", 1, "d2:fa:90:4e:f3:4a", "down");
        link(root, "ifb0", 2, 1500, "0x82", 1, "a2:16:6c:69:2d:67", "down");
        Files.writeString(root.resolve("bonding_masters"), "\n");
        return root;
    }
}
