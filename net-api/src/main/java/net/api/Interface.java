package net.api;

import java.util.List;
import net.api.internal.Args;
import net.api.internal.InterfaceTable;

/**
 * Go's {@code net.Interface}: a network interface's index, MTU, name, hardware address and
 * flags, as Go's {@code interface.go} defines it. Get one from {@link Net#interfaces()},
 * {@link Net#interfaceByIndex(int)} or {@link Net#interfaceByName(String)}.
 *
 * @param index positive, starting at 1; 0 is never used
 * @param mtu the maximum transmission unit
 * @param name for example {@code lo}, {@code eth0}, {@code eth0.100}; may be ""
 * @param hardwareAddr the MAC-48, EUI-48 or EUI-64 address; empty when the interface has none
 *     (Go's nil), never null
 * @param flags for example {@link Flags#UP}, {@link Flags#LOOPBACK}
 */
public record Interface(int index, int mtu, String name, HardwareAddr hardwareAddr, Flags flags) {

    /** Checks the components; a null hardware address becomes the empty one, as Go's nil. */
    public Interface {
        Args.notNull(name, "name");
        Args.notNull(flags, "flags");
        hardwareAddr = hardwareAddr == null ? HardwareAddr.of(new byte[0]) : hardwareAddr;
    }

    /**
     * Go's {@code Interface.Addrs}: the interface's unicast addresses, each an {@link IPNet}
     * (IPv4 first). Empty when the system knows no interface with this index.
     *
     * @throws OpException {@code route ip+net: …} when the system's table cannot be read
     */
    public List<Addr> addrs() throws OpException {
        return InterfaceTable.system().addrs(this);
    }

    /**
     * Go's {@code Interface.MulticastAddrs}: the multicast groups the interface has joined,
     * each an {@link IPAddr} (IPv4 first). On Linux they come from {@code /proc/net/igmp} and
     * {@code /proc/net/igmp6}; where those files cannot be read the list is empty, as in Go.
     *
     * @throws OpException {@code route ip+net: …} when the system's table cannot be read
     */
    public List<Addr> multicastAddrs() throws OpException {
        return InterfaceTable.system().multicastAddrs(this);
    }
}
