package net.resolver.go.internal;

import net.api.sysconf.ConfigText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed contents of a hosts file, the two maps of Go's {@code hosts} cache
 * ({@code hosts.go}): addresses and canonical name by host name, host names by address.
 *
 * <p>Each line loses everything from {@code #} on and is split into fields; a line needs an
 * address and at least one name, and its first field must be an IP literal (zone allowed), kept
 * in canonical text ({@code fe80:0000::0001} becomes {@code fe80::1}); other lines are skipped.
 * A name is keyed in lower case (ASCII only) and in absolute form (a trailing dot added when it
 * has a dot). The canonical name of a key is the key of the first name on the line where the key
 * first appears. By address, the names keep their case, in absolute form.
 *
 * @param byName addresses and canonical name by lower-case absolute host name
 * @param byAddr names (case kept, absolute form) by canonical address text
 */
record HostsTable(Map<String, StaticHost> byName, Map<String, List<String>> byAddr) {

    /** No entries: a missing hosts file. */
    static final HostsTable EMPTY = new HostsTable(Map.of(), Map.of());

    /** Go's {@code readHosts} parsing loop over {@code lines}. */
    static HostsTable parse(List<String> lines) {
        Map<String, List<String>> addrsByName = new HashMap<>();
        Map<String, String> canonicalByName = new HashMap<>();
        Map<String, List<String>> namesByAddr = new HashMap<>();
        for (String line : lines) {
            List<String> f = ConfigText.fields(ConfigText.removeComment(line));
            if (f.size() < 2) {
                continue;
            }
            String addr = IPLiteral.canonical(f.get(0)).orElse(null);
            if (addr == null) {
                continue;
            }
            String canonical = absDomainName(ConfigText.lowerASCII(f.get(1)));
            for (String name : f.subList(1, f.size())) {
                String key = absDomainName(ConfigText.lowerASCII(name));
                namesByAddr.computeIfAbsent(addr, k -> new ArrayList<>()).add(absDomainName(name));
                addrsByName.computeIfAbsent(key, k -> new ArrayList<>()).add(addr);
                canonicalByName.putIfAbsent(key, canonical);
            }
        }
        Map<String, StaticHost> byName = new HashMap<>();
        addrsByName.forEach((key, addrs) -> byName.put(key, new StaticHost(addrs, canonicalByName.get(key))));
        Map<String, List<String>> byAddr = new HashMap<>();
        namesByAddr.forEach((addr, names) -> byAddr.put(addr, List.copyOf(names)));
        return new HostsTable(Map.copyOf(byName), Map.copyOf(byAddr));
    }

    /**
     * Go's {@code absDomainName}: {@code s} with a trailing dot when it has a dot and does not end
     * in one; a name without dots ({@code localhost}) stays as it is.
     */
    static String absDomainName(String s) {
        return s.indexOf('.') >= 0 && !s.endsWith(".") ? s + "." : s;
    }
}
