package net.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.api.Addr;
import net.api.IP;
import net.api.IPAddr;
import net.api.TCPAddr;
import net.api.UDPAddr;

/**
 * Go's {@code addrList} of {@code ipsock.go}: the addresses a name resolved to, and the choices
 * made over them: the first of a family (for listening) and the split into primaries and
 * fallbacks (for Happy Eyeballs).
 */
public final class AddrList {

    private AddrList() {
    }

    /** The addresses of the first address's family, and the others, each in their order. */
    public record Partition(List<Addr> primaries, List<Addr> fallbacks) {

        public Partition {
            primaries = List.copyOf(primaries);
            fallbacks = List.copyOf(fallbacks);
        }
    }

    /**
     * Go's {@code isIPv4}: whether {@code addr} is a TCP, UDP or IP address whose IP is an IPv4
     * address (4 bytes, or 16 in the IPv4-mapped form).
     */
    public static boolean isIPv4(Addr addr) {
        IP ip = ipOf(addr);
        return ip != null && ip.to4().isPresent();
    }

    /** The IP of a TCP, UDP or IP address; {@code null} for a nil IP or another kind of address. */
    public static IP ipOf(Addr addr) {
        return switch (addr) {
            case TCPAddr a -> a.ip();
            case UDPAddr a -> a.ip();
            case IPAddr a -> a.ip();
            default -> null;
        };
    }

    /** Go's {@code first}: the first address {@code strategy} accepts, else the first address. */
    public static Addr first(List<Addr> addrs, Predicate<Addr> strategy) {
        for (Addr a : addrs) {
            if (strategy.test(a)) {
                return a;
            }
        }
        return addrs.get(0);
    }

    /**
     * Go's {@code partition}: the primaries are the addresses on which {@code strategy} agrees
     * with the first address, the fallbacks the rest, each in their original order.
     */
    public static Partition partition(List<Addr> addrs, Predicate<Addr> strategy) {
        List<Addr> primaries = new ArrayList<>();
        List<Addr> fallbacks = new ArrayList<>();
        boolean primaryLabel = false;
        for (int i = 0; i < addrs.size(); i++) {
            Addr a = addrs.get(i);
            boolean label = strategy.test(a);
            if (i == 0 || label == primaryLabel) {
                primaryLabel = label;
                primaries.add(a);
            } else {
                fallbacks.add(a);
            }
        }
        return new Partition(primaries, fallbacks);
    }
}
