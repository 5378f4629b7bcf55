package net.resolver.go.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.api.IP;
import net.api.IPAddr;

/**
 * Destination address ordering by RFC 6724, as Go's {@code addrselect.go} does it for the pure
 * resolver's answers: each destination's source address is found (see {@link SourceAddrs}),
 * then a stable sort applies rules 1 (avoid unusable destinations), 2 (matching scope),
 * 5 (matching label), 6 (higher precedence), 8 (smaller scope) and 9 (longest matching prefix,
 * for IPv6 pairs only), in that order; rules 3, 4 and 7 are not implemented, as in Go, and
 * rule 10 (keep the order) is the sort's stability.
 */
public final class AddrSelect {

    /** RFC 6724 §3.1 scope: interface-local. */
    static final int SCOPE_INTERFACE_LOCAL = 0x1;
    /** Link-local. */
    static final int SCOPE_LINK_LOCAL = 0x2;
    /** Admin-local. */
    static final int SCOPE_ADMIN_LOCAL = 0x4;
    /** Site-local. */
    static final int SCOPE_SITE_LOCAL = 0x5;
    /** Organization-local. */
    static final int SCOPE_ORG_LOCAL = 0x8;
    /** Global. */
    static final int SCOPE_GLOBAL = 0xe;

    /** One row of the policy table: a prefix of the 16-byte form, with its precedence and label. */
    record PolicyEntry(IP prefix, int bits, int precedence, int label) {

        boolean contains(byte[] ip16) {
            byte[] p = prefix.bytes();
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (p[i] != ip16[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (p[full] & mask) == (ip16[full] & mask);
        }
    }

    /** RFC 6724 §2.1's default policy table as Go has it, longest prefix first. */
    static final List<PolicyEntry> POLICY_TABLE = List.of(
            entry(128, 50, 0, 15, 0x01),                 // ::1/128
            entry(96, 35, 4, 10, 0xff, 11, 0xff),       // ::ffff:0:0/96 (IPv4-mapped)
            entry(96, 1, 3),                             // ::/96 (IPv4-compatible)
            entry(32, 5, 5, 0, 0x20, 1, 0x01),          // 2001::/32 (Teredo)
            entry(16, 30, 2, 0, 0x20, 1, 0x02),         // 2002::/16 (6to4)
            entry(16, 1, 12, 0, 0x3f, 1, 0xfe),         // 3ffe::/16 (6bone)
            entry(10, 1, 11, 0, 0xfe, 1, 0xc0),         // fec0::/10 (site-local)
            entry(7, 3, 13, 0, 0xfc),                    // fc00::/7 (ULA)
            entry(0, 40, 1));                            // ::/0

    /** A destination's attributes, or a source's; all zero for an invalid address (Go's zero {@code ipAttr}). */
    record Attr(int scope, int precedence, int label) {
    }

    private record Info(IPAddr addr, IP dst, Attr dstAttr, IP src, Attr srcAttr) {
    }

    private AddrSelect() {
    }

    /**
     * Go's {@code sortByRFC6724}: {@code addrs} in RFC 6724 order, as a new list; fewer than
     * two addresses are returned as they are, without looking for sources.
     */
    public static List<IPAddr> sortByRFC6724(List<IPAddr> addrs, SourceAddrs sources) {
        if (addrs == null || sources == null) {
            throw new IllegalArgumentException((addrs == null ? "addrs" : "sources") + " is null");
        }
        if (addrs.size() < 2) {
            return List.copyOf(addrs);
        }
        List<IP> srcs = new ArrayList<>(addrs.size());
        for (IPAddr a : addrs) {
            srcs.add(sources.source(a).orElse(null));
        }
        return sortWithSources(addrs, srcs);
    }

    /**
     * Go's {@code sortByRFC6724withSrcs}: {@code addrs} ordered given the source address of
     * each ({@code null} where there is none: the destination is unusable).
     */
    static List<IPAddr> sortWithSources(List<IPAddr> addrs, List<IP> srcs) {
        if (addrs.size() != srcs.size()) {
            throw new IllegalArgumentException("addrs and srcs differ in length: " + addrs.size() + " and " + srcs.size());
        }
        List<Info> infos = new ArrayList<>(addrs.size());
        for (int i = 0; i < addrs.size(); i++) {
            IPAddr a = addrs.get(i);
            IP src = valid(srcs.get(i)) ? srcs.get(i) : null;
            infos.add(new Info(a, a.ip(), attrOf(a.ip()), src, attrOf(src)));
        }
        StableSort.sort(infos, AddrSelect::compare);
        return infos.stream().map(Info::addr).toList();
    }

    /** Go's {@code compareByRFC6724}: negative when {@code a} is preferred, positive for {@code b}, 0 for no preference. */
    private static int compare(Info a, Info b) {
        final int preferA = -1;
        final int preferB = 1;
        // Rule 1: avoid unusable destinations.
        if (a.src() == null && b.src() == null) {
            return 0;
        }
        if (b.src() == null) {
            return preferA;
        }
        if (a.src() == null) {
            return preferB;
        }
        // Rule 2: prefer matching scope.
        int byScope = preferHolding(a.dstAttr().scope() == a.srcAttr().scope(), b.dstAttr().scope() == b.srcAttr().scope());
        if (byScope != 0) {
            return byScope;
        }
        // Rule 5: prefer matching label.
        int byLabel = preferHolding(a.srcAttr().label() == a.dstAttr().label(), b.srcAttr().label() == b.dstAttr().label());
        if (byLabel != 0) {
            return byLabel;
        }
        // Rule 6: prefer higher precedence.
        if (a.dstAttr().precedence() != b.dstAttr().precedence()) {
            return a.dstAttr().precedence() > b.dstAttr().precedence() ? preferA : preferB;
        }
        // Rule 8: prefer smaller scope.
        if (a.dstAttr().scope() != b.dstAttr().scope()) {
            return a.dstAttr().scope() < b.dstAttr().scope() ? preferA : preferB;
        }
        // Rule 9: longest matching prefix, for IPv6 destinations only (Go issues 13283, 18518).
        if (to4(a.dst()) == null && to4(b.dst()) == null) {
            int commonA = commonPrefixLen(a.src(), a.dst());
            int commonB = commonPrefixLen(b.src(), b.dst());
            if (commonA != commonB) {
                return commonA > commonB ? preferA : preferB;
            }
        }
        // Rule 10: leave the order unchanged.
        return 0;
    }

    /** Prefers the destination for which the condition holds when it holds for one only. */
    private static int preferHolding(boolean forA, boolean forB) {
        return Boolean.compare(forB, forA);
    }

    /** Go's {@code ipAttrOf}. */
    static Attr attrOf(IP ip) {
        if (!valid(ip)) {
            return new Attr(0, 0, 0);
        }
        PolicyEntry match = classify(ip);
        return new Attr(classifyScope(ip), match.precedence(), match.label());
    }

    /** Go's {@code policyTable.Classify}: the entry with the longest prefix containing {@code ip} (IPv4 as IPv4-mapped). */
    static PolicyEntry classify(IP ip) {
        byte[] ip16 = ip.to16().orElseThrow().bytes();
        for (PolicyEntry e : POLICY_TABLE) {
            if (e.contains(ip16)) {
                return e;
            }
        }
        throw new IllegalStateException("the policy table ends with ::/0, which holds every address");
    }

    /**
     * Go's {@code classifyScope}: loopback and link-local unicast are link-local; an IPv6
     * multicast address has the scope of its second byte's low nibble; IPv6 fec0::/10 is
     * site-local; everything else, IPv4 private and multicast included, is global.
     */
    static int classifyScope(IP ip) {
        if (ip.isLoopback() || ip.isLinkLocalUnicast()) {
            return SCOPE_LINK_LOCAL;
        }
        byte[] b = ip.bytes();
        boolean ipv6 = b.length == 16 && ip.to4().isEmpty();
        if (ipv6 && (b[0] & 0xff) == 0xff) {
            return b[1] & 0xf;
        }
        if (ipv6 && (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return SCOPE_SITE_LOCAL;
        }
        return SCOPE_GLOBAL;
    }

    /**
     * Go's {@code commonPrefixLen}: how many leading bits the source {@code a} and the
     * destination {@code b} share, counting at most the 64-bit prefix of IPv6 addresses. An
     * IPv4-mapped destination is compared as IPv4 (at most 32 bits); addresses of different
     * lengths share nothing.
     */
    static int commonPrefixLen(IP a, IP b) {
        byte[] x = a.bytes();
        byte[] y = b.to4().orElse(b).bytes();
        if (x.length != y.length) {
            return 0;
        }
        int n = Math.min(x.length, 8);
        int bits = 0;
        for (int i = 0; i < n; i++) {
            int diff = (x[i] ^ y[i]) & 0xff;
            if (diff != 0) {
                return bits + Integer.numberOfLeadingZeros(diff) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    /** Go's {@code To4}, {@code null} for a missing address or one that is not IPv4. */
    private static IP to4(IP ip) {
        return ip == null ? null : ip.to4().orElse(null);
    }

    /** Whether Go's {@code netip.AddrFromSlice} would accept it: 4 or 16 bytes. */
    private static boolean valid(IP ip) {
        return ip != null && (ip.length() == 4 || ip.length() == 16);
    }

    /** A policy entry whose prefix has the given (index, value) bytes, the rest zero. */
    private static PolicyEntry entry(int bits, int precedence, int label, int... indexAndValue) {
        byte[] p = new byte[16];
        for (int i = 0; i < indexAndValue.length; i += 2) {
            p[indexAndValue[i]] = (byte) indexAndValue[i + 1];
        }
        return new PolicyEntry(IP.of(p), bits, precedence, label);
    }
}
