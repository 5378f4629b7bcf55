package net.api.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.api.DNSException;
import net.api.sysconf.ConfigText;
import net.api.sysconf.ConfigFile;
import net.api.sysconf.FileProperty;

/**
 * The table of service names to port numbers, as Go's {@code port_unix.go} ({@code readServices})
 * and the {@code services} map of {@code lookup.go}: Go's built-in entries, overwritten and extended
 * by a services file in {@code /etc/services} format. Immutable.
 */
public final class Services {

    /** The file Go reads on Unix. */
    public static final Path SYSTEM_FILE = Path.of("/etc/services");

    /** Go's {@code maxPortBufSize}: a longer service name never matches. */
    private static final int MAX_NAME_LENGTH = "mobility-header".length() + 10;

    private final Map<String, Map<String, Integer>> portsByNetwork;

    private Services(Map<String, Map<String, Integer>> portsByNetwork) {
        this.portsByNetwork = portsByNetwork;
    }

    /** The system property naming the services file to read instead of {@code /etc/services}. */
    public static final String FILE_PROPERTY = "net.services";

    /** The system's table, or why the property that names its file cannot be used. */
    private record Loaded(Services table, IllegalArgumentException unusable) {

        static Loaded of(Function<String, String> property) {
            try {
                return new Loaded(load(FileProperty.path(property, FILE_PROPERTY, SYSTEM_FILE)), null);
            } catch (IllegalArgumentException e) {
                return new Loaded(null, e);
            }
        }
    }

    private static final class SystemTable {
        static final Loaded LOADED = Loaded.of(System::getProperty);
    }

    /**
     * The built-in table merged with {@code /etc/services}, or with the file the system property
     * {@value #FILE_PROPERTY} names, read once on first use. A property that names no file is an
     * {@link IllegalArgumentException} naming it, at every call.
     */
    public static Services system() {
        return fromProperty(SystemTable.LOADED);
    }

    /** {@link #system()} with the properties that {@code property} answers ({@code null} for unset), read now. */
    static Services fromProperties(Function<String, String> property) {
        return fromProperty(Loaded.of(property));
    }

    private static Services fromProperty(Loaded loaded) {
        if (loaded.unusable() != null) {
            throw new IllegalArgumentException(loaded.unusable().getMessage(), loaded.unusable());
        }
        return loaded.table();
    }

    /**
     * The built-in table merged with the services file at {@code path}; a missing or unreadable
     * file leaves the built-in table alone, as Go's does.
     */
    public static Services load(Path path) {
        Map<String, Map<String, Integer>> table = builtIn();
        for (String line : ConfigFile.lines(path)) {
            addLine(table, line);
        }
        Map<String, Map<String, Integer>> frozen = new HashMap<>();
        table.forEach((network, ports) -> frozen.put(network, Map.copyOf(ports)));
        return new Services(Map.copyOf(frozen));
    }

    /** Go's {@code services} map. */
    private static Map<String, Map<String, Integer>> builtIn() {
        Map<String, Map<String, Integer>> table = new HashMap<>();
        table.put("udp", new HashMap<>(Map.of("domain", 53)));
        table.put("tcp", new HashMap<>(Map.ofEntries(
                Map.entry("ftp", 21), Map.entry("ftps", 990), Map.entry("gopher", 70),
                Map.entry("http", 80), Map.entry("https", 443), Map.entry("imap2", 143),
                Map.entry("imap3", 220), Map.entry("imaps", 993), Map.entry("pop3", 110),
                Map.entry("pop3s", 995), Map.entry("smtp", 25), Map.entry("submissions", 465),
                Map.entry("ssh", 22), Map.entry("telnet", 23))));
        return table;
    }

    /**
     * One line such as {@code http 80/tcp www www-http # World Wide Web HTTP}: the name and every
     * alias map to the port in the protocol's table, names kept as written.
     */
    private static void addLine(Map<String, Map<String, Integer>> table, String line) {
        int hash = line.indexOf('#');
        if (hash >= 0) {
            line = line.substring(0, hash);
        }
        List<String> fields = ConfigText.fields(line);
        if (fields.size() < 2) {
            return;
        }
        String portAndNetwork = fields.get(1);
        ConfigText.Decimal port = ConfigText.dtoi(portAndNetwork);
        if (!port.ok() || port.value() <= 0 || port.end() >= portAndNetwork.length()
                || portAndNetwork.charAt(port.end()) != '/') {
            return;
        }
        Map<String, Integer> ports = table.computeIfAbsent(portAndNetwork.substring(port.end() + 1), n -> new HashMap<>());
        for (int i = 0; i < fields.size(); i++) {
            if (i != 1) {
                ports.put(fields.get(i), port.value());
            }
        }
    }

    /**
     * Go's {@code lookupPortMap}: the port of {@code service} for a network that is already one of
     * tcp, tcp4, tcp6, udp, udp4, udp6 or ip ("ip" tries the TCP table, then UDP's). The name is
     * matched case-insensitively (ASCII only). A miss is Go's {@code lookup tcp/NAME: unknown port},
     * a not-found {@link DNSException}.
     */
    public int lookup(String network, String service) throws DNSException {
        switch (network) {
            case "ip" -> {
                Integer port = find("tcp", service);
                if (port != null) {
                    return port;
                }
                return found(find("udp", service), "ip", service);
            }
            case "tcp", "tcp4", "tcp6" -> {
                return found(find("tcp", service), "tcp", service);
            }
            case "udp", "udp4", "udp6" -> {
                return found(find("udp", service), "udp", service);
            }
            default -> throw new DNSException("unknown network", network + "/" + service, "", false, false, false);
        }
    }

    private Integer find(String table, String service) {
        Map<String, Integer> ports = portsByNetwork.get(table);
        if (ports == null || ConfigText.longerThan(service, MAX_NAME_LENGTH)) {
            return null;
        }
        return ports.get(ConfigText.lowerASCII(service));
    }

    private static int found(Integer port, String network, String service) throws DNSException {
        if (port == null) {
            throw new DNSException("unknown port", network + "/" + service, "", false, false, true);
        }
        return port;
    }
}
