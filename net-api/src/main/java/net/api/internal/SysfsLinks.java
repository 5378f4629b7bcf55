package net.api.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.api.Flags;
import net.api.HardwareAddr;
import net.api.Interface;

/**
 * The Linux interface table read from {@code /sys/class/net}, giving what Go's
 * {@code interfaceTable} in {@code interface_linux.go} gets from a netlink RTM_GETLINK dump:
 * every interface, up or down, with its index, MTU, name, hardware address and flags.
 * (The JDK's {@link java.net.NetworkInterface} omits interfaces without addresses and cannot
 * tell "up" from "running".)
 */
final class SysfsLinks {

    // Linux's IFF_* bits (linux/if.h), as /sys/class/net/<name>/flags shows them.
    private static final int IFF_UP = 0x1;
    private static final int IFF_BROADCAST = 0x2;
    private static final int IFF_LOOPBACK = 0x8;
    private static final int IFF_POINTOPOINT = 0x10;
    private static final int IFF_MULTICAST = 0x1000;

    /** ARPHRD_* types of IPv4 tunnels, whose 4-byte "hardware" address Go drops. */
    private static final Set<Integer> IPV4_TUNNELS = Set.of(768, 776, 778);
    /** ARPHRD_* types of IPv6 tunnels, whose 16-byte "hardware" address Go drops. */
    private static final Set<Integer> IPV6_TUNNELS = Set.of(769, 823);

    private final Path root;

    /** @param root the directory holding one directory per interface, {@code /sys/class/net} */
    SysfsLinks(Path root) {
        this.root = root;
    }

    /** Whether the directory can be read at all; if not, the JDK's view must do. */
    boolean available() {
        return Files.isDirectory(root) && Files.isReadable(root);
    }

    /**
     * The interfaces, by index. One that vanishes while being read is left out.
     *
     * @throws IOException when the directory cannot be listed
     */
    List<Interface> interfaces() throws IOException {
        List<Interface> ift = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (Files.isRegularFile(dir.resolve("ifindex"))) {
                    try {
                        ift.add(read(dir));
                    } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
                        // gone or unreadable meanwhile: the next dump would not list it either
                    }
                }
            }
        }
        ift.sort(Comparator.comparingInt(Interface::index));
        return ift;
    }

    private static Interface read(Path dir) throws IOException {
        int index = Integer.parseInt(value(dir, "ifindex"));
        int mtu = Integer.parseInt(value(dir, "mtu"));
        int raw = Integer.decode(value(dir, "flags"));
        int type = Integer.parseInt(value(dir, "type"));
        String operstate = value(dir, "operstate");
        // The kernel reports IFF_RUNNING to netlink when the device is up and its operational
        // state is "up" or "unknown" (dev_get_flags); sysfs shows the flags without it.
        boolean running = (raw & IFF_UP) != 0
                && (operstate.equals("up") || operstate.equals("unknown"));
        return new Interface(index, mtu, dir.getFileName().toString(),
                hardwareAddr(value(dir, "address"), type), flags(raw, running));
    }

    /** Go's {@code linkFlags}. */
    static Flags flags(int raw, boolean running) {
        int f = 0;
        f |= (raw & IFF_UP) != 0 ? Flags.UP.bits() : 0;
        f |= running ? Flags.RUNNING.bits() : 0;
        f |= (raw & IFF_BROADCAST) != 0 ? Flags.BROADCAST.bits() : 0;
        f |= (raw & IFF_LOOPBACK) != 0 ? Flags.LOOPBACK.bits() : 0;
        f |= (raw & IFF_POINTOPOINT) != 0 ? Flags.POINTTOPOINT.bits() : 0;
        f |= (raw & IFF_MULTICAST) != 0 ? Flags.MULTICAST.bits() : 0;
        return new Flags(f);
    }

    /**
     * The address in sysfs form ({@code 02:fc:00:00:00:01}) as Go's {@code newLink} keeps it:
     * none when all zero, or when it is a tunnel's IP address.
     */
    static HardwareAddr hardwareAddr(String text, int type) {
        byte[] b = new byte[text.isEmpty() ? 0 : (text.length() + 1) / 3];
        boolean nonzero = false;
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(text.substring(3 * i, 3 * i + 2), 16);
            nonzero |= b[i] != 0;
        }
        boolean tunnel = b.length == 4 && IPV4_TUNNELS.contains(type)
                || b.length == 16 && IPV6_TUNNELS.contains(type);
        return HardwareAddr.of(nonzero && !tunnel ? b : new byte[0]);
    }

    private static String value(Path dir, String file) throws IOException {
        return new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.US_ASCII).strip();
    }
}
