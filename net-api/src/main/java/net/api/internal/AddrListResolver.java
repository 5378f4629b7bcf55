package net.api.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.api.Addr;
import net.api.AddrException;
import net.api.IP;
import net.api.UnixAddr;

/**
 * The address step of a dial or listen, Go's {@code resolveAddrList} in {@code dial.go}: the
 * network checked, a Unix path taken as it is, an internet address resolved
 * ({@link InternetAddrs}, Go's {@code internetAddrList}) and, for a dial from a local address,
 * the addresses kept that the local address can reach.
 */
public final class AddrListResolver implements AddrListSource {

    private final Lookups lookups;

    /** @param lookups the resolver front end that looks up names and ports */
    public AddrListResolver(Lookups lookups) {
        this.lookups = lookups;
    }

    /** Go's {@code errMissingAddress}. */
    static IOException missingAddress() {
        return new IOException("missing address");
    }

    @Override
    public List<Addr> resolve(String op, String network, String address, Addr hint, Instant deadline)
            throws IOException {
        String family = lookups.parseNetwork(network, true).family();
        boolean dial = op.equals("dial");
        if (dial && address.isEmpty()) {
            throw missingAddress();
        }
        switch (family) {
            case "unix", "unixgram", "unixpacket" -> {
                UnixAddr ua = new UnixAddr(address, family);
                if (dial && hint != null && !ua.network().equals(hint.network())) {
                    throw new AddrException("mismatched local address type", hint.toString());
                }
                return List.of(ua);
            }
            default -> {
                List<Addr> addrs = InternetAddrs.resolve(lookups, family, address, deadline);
                return dial && hint != null ? reachableFrom(hint, addrs) : addrs;
            }
        }
    }

    /**
     * The addresses a dial from {@code hint} can reach: all must be of its type ("mismatched
     * local address type"), and unless it or the address is a wildcard, of its family; none left
     * is "no suitable address found".
     */
    static List<Addr> reachableFrom(Addr hint, List<Addr> addrs) throws AddrException {
        IP hintIP = AddrList.ipOf(hint);
        boolean wildcard = isWildcard(hintIP);
        List<Addr> kept = new ArrayList<>();
        for (Addr a : addrs) {
            if (!a.network().equals(hint.network())) {
                throw new AddrException("mismatched local address type", hint.toString());
            }
            IP ip = AddrList.ipOf(a);
            if (wildcard || isWildcard(ip) || sameFamily(ip, hintIP)) {
                kept.add(a);
            }
        }
        if (kept.isEmpty()) {
            throw new AddrException("no suitable address found", hint.toString());
        }
        return kept;
    }

    /** Go's {@code isWildcard}: a nil or unspecified IP. */
    private static boolean isWildcard(IP ip) {
        return ip == null || ip.isUnspecified();
    }

    /** Go's {@code matchAddrFamily}: both IPv4, or both IPv6 (not IPv4-mapped). */
    private static boolean sameFamily(IP a, IP b) {
        boolean a4 = a.to4().isPresent();
        boolean b4 = b.to4().isPresent();
        return a4 && b4 || !a4 && !b4 && a.to16().isPresent() && b.to16().isPresent();
    }
}
