package net.api;

import java.util.List;
import net.api.internal.Args;
import net.api.internal.HostPort;
import net.api.internal.InterfaceTable;

/**
 * Go's package {@code net} as static methods: {@code net.Dial} is {@code Net.dial},
 * {@code net.ParseIP} is {@code Net.parseIP}, and so on. Every method checks its arguments and
 * reports a bad one with Go's error and text.
 */
public final class Net {

    private Net() {
    }

    // ---- host:port (Go's ipsock.go) ----

    /**
     * Go's {@code JoinHostPort}: {@code host:port}, the host in brackets when it contains a colon,
     * as an IPv6 literal does ({@code [::1]:80}, {@code [fe80::1%eth0]:80}).
     */
    public static String joinHostPort(String host, String port) {
        return HostPort.join(Args.notNull(host, "host"), Args.notNull(port, "port"));
    }

    // ---- network interfaces (Go's interface.go) ----

    /**
     * Go's {@code Interfaces}: the system's network interfaces, by index.
     *
     * @throws OpException {@code route ip+net: …} when the system's table cannot be read
     */
    public static List<Interface> interfaces() throws OpException {
        return InterfaceTable.system().interfaces();
    }

    /**
     * Go's {@code InterfaceByIndex}: the interface with this index.
     *
     * @throws OpException {@code route ip+net: invalid network interface index} for an index of
     *     0 or less, {@code route ip+net: no such network interface} for one the system does not
     *     know
     */
    public static Interface interfaceByIndex(int index) throws OpException {
        return InterfaceTable.system().byIndex(index);
    }

    /**
     * Go's {@code InterfaceByName}: the interface with this name.
     *
     * @throws OpException {@code route ip+net: invalid network interface name} for "",
     *     {@code route ip+net: no such network interface} for a name the system does not know
     * @throws IllegalArgumentException if {@code name} is null
     */
    public static Interface interfaceByName(String name) throws OpException {
        return InterfaceTable.system().byName(Args.notNull(name, "name"));
    }

    /**
     * Go's {@code InterfaceAddrs}: the unicast addresses of every interface, each an
     * {@link IPNet}, IPv4 first; which interface each belongs to is not said (use
     * {@link #interfaces()} and {@link Interface#addrs()} for that).
     *
     * @throws OpException {@code route ip+net: …} when the system's table cannot be read
     */
    public static List<Addr> interfaceAddrs() throws OpException {
        return InterfaceTable.system().addrs(null);
    }
}
