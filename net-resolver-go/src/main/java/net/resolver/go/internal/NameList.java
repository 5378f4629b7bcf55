package net.resolver.go.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The names one lookup asks for, in order: Go's {@code dnsConfig.nameList} and {@code avoidDNS}
 * ({@code dnsclient_unix.go}). A rooted name ({@code "example.com."}) is asked as it is; any other
 * is asked as it is first when it has at least {@code ndots} dots and last otherwise, with each
 * search suffix appended in between. Names longer than a domain name may be are dropped, and so
 * are names under {@code .onion} (RFC 7686), which must never reach DNS.
 */
final class NameList {

    /** The longest name in presentation form, its trailing dot included. */
    private static final int MAX_LENGTH = 254;

    private NameList() {
    }

    /** The names to ask for {@code name}, given resolv.conf's {@code ndots} and search suffixes. */
    static List<String> of(String name, int ndots, List<String> search) {
        boolean rooted = !name.isEmpty() && name.charAt(name.length() - 1) == '.';
        if (name.length() > MAX_LENGTH || name.length() == MAX_LENGTH && !rooted) {
            return List.of();
        }
        if (rooted) {
            return avoidDNS(name) ? List.of() : List.of(name);
        }
        boolean hasNdots = dots(name) >= ndots;
        String absolute = name + ".";
        List<String> names = new ArrayList<>(search.size() + 1);
        if (hasNdots && !avoidDNS(absolute)) {
            names.add(absolute);
        }
        for (String suffix : search) {
            String fqdn = absolute + suffix;
            if (!avoidDNS(fqdn) && fqdn.length() <= MAX_LENGTH) {
                names.add(fqdn);
            }
        }
        if (!hasNdots && !avoidDNS(absolute)) {
            names.add(absolute);
        }
        return List.copyOf(names);
    }

    /**
     * Go's {@code avoidDNS}: whether {@code name} must not be asked of DNS: the empty name, and
     * names ending in {@code .onion} (ASCII case ignored, one trailing dot ignored).
     * {@code .local} names are asked.
     */
    static boolean avoidDNS(String name) {
        if (name.isEmpty()) {
            return true;
        }
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return endsWithFold(n, ".onion");
    }

    /** Whether {@code s} ends in the lower-case {@code suffix}, ASCII letters of {@code s} in either case. */
    private static boolean endsWithFold(String s, String suffix) {
        int off = s.length() - suffix.length();
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            char c = s.charAt(off + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int dots(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }
}
