package net.api.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import net.api.Addr;
import net.api.Interface;
import net.api.OpException;
import net.api.internal.InterfaceError.Kind;

/**
 * The functions of Go's {@code interface.go} behind {@link net.api.Net#interfaces()} and
 * {@link Interface#addrs()}: the system's interfaces, found by index or name, their unicast and
 * multicast addresses, Go's errors ({@code route ip+net: …}), and the IPv6 {@link ZoneCache}
 * that the interface functions refresh. The links come from {@code /sys/class/net} where it
 * can be read, else from the JDK; the addresses from the JDK; the multicast groups from
 * {@code /proc/net/igmp} and {@code /proc/net/igmp6}.
 */
public final class InterfaceTable {

    private static final String OP = "route";
    private static final String NETWORK = "ip+net";

    /** The system's table, with Go's package-level zone cache. */
    private static final class SystemTable {
        static final InterfaceTable TABLE = new InterfaceTable(Path.of("/sys/class/net"),
                Path.of("/proc/net/igmp"), Path.of("/proc/net/igmp6"), InstantSource.system());
    }

    private final SysfsLinks sysfs;
    private final Path igmp;
    private final Path igmp6;
    private final ZoneCache zoneCache;

    /**
     * A table over these files; tests give their own.
     *
     * @param sysClassNet the {@code /sys/class/net} directory
     * @param igmp the {@code /proc/net/igmp} file
     * @param igmp6 the {@code /proc/net/igmp6} file
     * @param clock the zone cache's clock
     */
    InterfaceTable(Path sysClassNet, Path igmp, Path igmp6, InstantSource clock) {
        this.sysfs = new SysfsLinks(sysClassNet);
        this.igmp = igmp;
        this.igmp6 = igmp6;
        this.zoneCache = new ZoneCache(this::table, clock);
    }

    /** The system's interface table. */
    public static InterfaceTable system() {
        return SystemTable.TABLE;
    }

    /** The zone cache that this table's lookups refresh. */
    public ZoneCache zoneCache() {
        return zoneCache;
    }

    /** Go's {@code Interfaces}: every interface, by index (an unmodifiable list); refreshes the zone cache. */
    public List<Interface> interfaces() throws OpException {
        List<Interface> ift = List.copyOf(tableOrOpError());
        if (!ift.isEmpty()) {
            zoneCache.update(ift, false);
        }
        return ift;
    }

    /** Go's {@code InterfaceByIndex}. */
    public Interface byIndex(int index) throws OpException {
        if (index <= 0) {
            throw opError(new InterfaceError(Kind.INVALID_INTERFACE_INDEX));
        }
        for (Interface ifi : tableOrOpError()) {
            if (ifi.index() == index) {
                return ifi;
            }
        }
        throw opError(new InterfaceError(Kind.NO_SUCH_INTERFACE));
    }

    /** Go's {@code InterfaceByName}; refreshes the zone cache. */
    public Interface byName(String name) throws OpException {
        if (name.isEmpty()) {
            throw opError(new InterfaceError(Kind.INVALID_INTERFACE_NAME));
        }
        List<Interface> ift = interfaces();
        for (Interface ifi : ift) {
            if (ifi.name().equals(name)) {
                return ifi;
            }
        }
        throw opError(new InterfaceError(Kind.NO_SUCH_INTERFACE));
    }

    /** Go's {@code Interface.Addrs} for {@code ifi}, or {@code InterfaceAddrs} when it is null. */
    public List<Addr> addrs(Interface ifi) throws OpException {
        try {
            return List.copyOf(JdkInterfaces.addrs(ifi == null ? 0 : ifi.index()));
        } catch (IOException e) {
            throw opError(e);
        }
    }

    /** Go's {@code Interface.MulticastAddrs}: the IPv4 groups, then the IPv6 ones. */
    public List<Addr> multicastAddrs(Interface ifi) {
        List<Addr> groups = new ArrayList<>(ProcNetIGMP.parseIGMP(igmp, ifi.name()));
        groups.addAll(ProcNetIGMP.parseIGMP6(igmp6, ifi.name()));
        return List.copyOf(groups);
    }

    /** Go's {@code interfaceTable(0)}. */
    private List<Interface> table() throws IOException {
        return sysfs.available() ? sysfs.interfaces() : JdkInterfaces.interfaces();
    }

    private List<Interface> tableOrOpError() throws OpException {
        try {
            return table();
        } catch (IOException e) {
            throw opError(e);
        }
    }

    private static OpException opError(IOException cause) {
        return new OpException(OP, NETWORK, null, null, cause);
    }
}
