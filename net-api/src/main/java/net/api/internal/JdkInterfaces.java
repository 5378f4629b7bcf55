package net.api.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.api.Addr;
import net.api.Flags;
import net.api.HardwareAddr;
import net.api.IP;
import net.api.IPMask;
import net.api.IPNet;
import net.api.Interface;

/**
 * Interfaces and their unicast addresses as the JDK's {@link NetworkInterface} sees them,
 * shaped as Go's {@code interface_linux.go} returns them: addresses as {@link IPNet}s with a
 * 16-byte IP (IPv4-mapped for IPv4) and a 4- or 16-byte mask, IPv4 before IPv6.
 */
final class JdkInterfaces {

    private JdkInterfaces() {
    }

    /**
     * The interfaces the JDK knows, by index: those with an address. The JDK tells "up and
     * running" only, so both flags follow it; "broadcast" is whether an IPv4 address has a
     * broadcast address.
     */
    static List<Interface> interfaces() throws IOException {
        List<Interface> ift = new ArrayList<>();
        for (NetworkInterface ni : all()) {
            ift.add(new Interface(ni.getIndex(), ni.getMTU(), ni.getName(),
                    hardwareAddr(ni.getHardwareAddress()), flags(ni)));
        }
        return ift;
    }

    /**
     * Go's {@code interfaceAddrTable}: the addresses of the interface with {@code index}, or of
     * every interface when {@code index} is 0. Every IPv4 address comes first, then every IPv6
     * one, interfaces in index order within each family, as the kernel's netlink dump does.
     */
    static List<Addr> addrs(int index) throws IOException {
        List<NetworkInterface> nis = new ArrayList<>();
        if (index == 0) {
            nis.addAll(all());
        } else {
            NetworkInterface ni = NetworkInterface.getByIndex(index);
            if (ni != null) {
                nis.add(ni);
            }
        }
        List<InterfaceAddress> v4 = new ArrayList<>();
        List<InterfaceAddress> v6 = new ArrayList<>();
        for (NetworkInterface ni : nis) {
            List<InterfaceAddress> ias = kernelOrder(ni);
            for (InterfaceAddress ia : ias) {
                (ia.getAddress() instanceof Inet4Address ? v4 : v6).add(ia);
            }
        }
        List<Addr> ifat = new ArrayList<>();
        for (InterfaceAddress ia : v4) {
            ifat.add(ipNet(ia));
        }
        for (InterfaceAddress ia : v6) {
            ifat.add(ipNet(ia));
        }
        return ifat;
    }

    /**
     * The addresses of one interface (aliases such as {@code eth0:1} included, since Go lists
     * them under their interface) in the kernel's order as far as it can be recovered: the JDK
     * lists them in reverse, and the kernel keeps IPv6 addresses by scope, widest first.
     */
    private static List<InterfaceAddress> kernelOrder(NetworkInterface ni) {
        List<InterfaceAddress> ias = new ArrayList<>(ni.getInterfaceAddresses());
        for (NetworkInterface sub : Collections.list(ni.getSubInterfaces())) {
            ias.addAll(sub.getInterfaceAddresses());
        }
        Collections.reverse(ias);
        ias.sort(Comparator.comparingInt(ia -> -scope(ia.getAddress())));
        return ias;
    }

    /** The RFC 4291 scope of an IPv6 unicast address, as the kernel ranks it; 0 for IPv4. */
    private static int scope(InetAddress a) {
        if (a instanceof Inet4Address) {
            return 0;
        }
        if (a.isLoopbackAddress()) {
            return 0x1;
        }
        if (a.isLinkLocalAddress()) {
            return 0x2;
        }
        if (a.isSiteLocalAddress()) {
            return 0x5;
        }
        return 0xe;
    }

    private static IPNet ipNet(InterfaceAddress ia) {
        InetAddress a = ia.getAddress();
        int bits = a.getAddress().length * 8;
        int ones = Math.max(0, Math.min(ia.getNetworkPrefixLength(), bits));
        return new IPNet(IP.fromInetAddress(a), IPMask.cidr(ones, bits).orElseThrow());
    }

    private static List<NetworkInterface> all() throws SocketException {
        List<NetworkInterface> nis = new ArrayList<>(Collections.list(NetworkInterface.getNetworkInterfaces()));
        nis.sort(Comparator.comparingInt(NetworkInterface::getIndex));
        return nis;
    }

    private static Flags flags(NetworkInterface ni) throws SocketException {
        Flags f = Flags.NONE;
        if (ni.isUp()) {
            f = f.or(Flags.UP).or(Flags.RUNNING);
        }
        if (ni.getInterfaceAddresses().stream().anyMatch(ia -> ia.getBroadcast() != null)) {
            f = f.or(Flags.BROADCAST);
        }
        if (ni.isLoopback()) {
            f = f.or(Flags.LOOPBACK);
        }
        if (ni.isPointToPoint()) {
            f = f.or(Flags.POINTTOPOINT);
        }
        if (ni.supportsMulticast()) {
            f = f.or(Flags.MULTICAST);
        }
        return f;
    }

    /** Go's rule: an all-zero address is no address. */
    private static HardwareAddr hardwareAddr(byte[] b) {
        if (b == null) {
            return HardwareAddr.of(new byte[0]);
        }
        for (byte x : b) {
            if (x != 0) {
                return HardwareAddr.of(b);
            }
        }
        return HardwareAddr.of(new byte[0]);
    }
}
