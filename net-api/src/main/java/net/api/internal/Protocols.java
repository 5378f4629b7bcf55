package net.api.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.api.AddrException;
import net.api.sysconf.ConfigText;
import net.api.sysconf.ConfigFile;

/**
 * The table of IP protocol names to numbers, as Go's {@code lookup_unix.go}
 * ({@code readProtocols}) and the {@code protocols} map of {@code lookup.go}: Go's built-in entries
 * plus those of a file in {@code /etc/protocols} format, which never overwrites an entry it
 * already has. Used for networks such as {@code ip4:icmp}. Immutable.
 */
public final class Protocols {

    /** The file Go reads on Unix. */
    public static final Path SYSTEM_FILE = Path.of("/etc/protocols");

    /** Go's {@code maxProtoLength}: a longer name never matches. */
    private static final int MAX_NAME_LENGTH = "RSVP-E2E-IGNORE".length() + 10;

    private final Map<String, Integer> numbers;

    private Protocols(Map<String, Integer> numbers) {
        this.numbers = numbers;
    }

    private static final class SystemTable {
        static final Protocols TABLE = load(SYSTEM_FILE);
    }

    /** The built-in table merged with {@code /etc/protocols}, read once on first use. */
    public static Protocols system() {
        return SystemTable.TABLE;
    }

    /**
     * The built-in table merged with the protocols file at {@code path}; a missing or unreadable
     * file leaves the built-in table alone, as Go's does.
     */
    public static Protocols load(Path path) {
        Map<String, Integer> numbers = new HashMap<>(Map.of(
                "icmp", 1, "igmp", 2, "tcp", 6, "udp", 17, "ipv6-icmp", 58));
        for (String line : ConfigFile.lines(path)) {
            // tcp    6   TCP    # transmission control protocol
            int hash = line.indexOf('#');
            List<String> fields = ConfigText.fields(hash >= 0 ? line.substring(0, hash) : line);
            if (fields.size() < 2) {
                continue;
            }
            ConfigText.Decimal number = ConfigText.dtoi(fields.get(1));
            if (!number.ok()) {
                continue;
            }
            numbers.putIfAbsent(fields.get(0), number.value());
            for (String alias : fields.subList(2, fields.size())) {
                numbers.putIfAbsent(alias, number.value());
            }
        }
        return new Protocols(Map.copyOf(numbers));
    }

    /**
     * Go's {@code lookupProtocolMap}: the number of the protocol {@code name}, matched
     * case-insensitively (ASCII only); otherwise Go's
     * {@code address NAME: unknown IP protocol specified}.
     */
    public int lookup(String name) throws AddrException {
        Integer number = ConfigText.longerThan(name, MAX_NAME_LENGTH) ? null : numbers.get(ConfigText.lowerASCII(name));
        if (number == null) {
            throw new AddrException("unknown IP protocol specified", name);
        }
        return number;
    }
}
