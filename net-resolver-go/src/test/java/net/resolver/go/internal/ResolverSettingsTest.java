package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The system properties of the pure resolver, read from a map instead of the JVM's properties. */
class ResolverSettingsTest {

    private static ResolverSettings from(Map<String, String> properties) {
        return ResolverSettings.from(properties::get);
    }

    @Test
    void theNamesAreTheDocumentedOnes() {
        assertEquals("net.resolver.go.resolvConf", ResolverSettings.RESOLV_CONF);
        assertEquals("net.resolver.go.hosts", ResolverSettings.HOSTS);
        assertEquals("net.resolver.go.nsswitchConf", ResolverSettings.NSSWITCH_CONF);
        assertEquals("net.resolver.go.port", ResolverSettings.PORT);
    }

    @Test
    void unsetMeansGosDefaults() {
        assertEquals(new ResolverSettings(new ResolverFiles(Path.of("/etc/resolv.conf"), Path.of("/etc/hosts"),
                Path.of("/etc/nsswitch.conf")), 53), from(Map.of()));
        assertEquals(ResolverSettings.DEFAULTS, from(Map.of()));
        assertEquals(ResolverSettings.DEFAULTS, from(Map.of("net.resolver.go.other", "x", "net.netdns", "go")));
    }

    /** Each property alone changes its own setting and nothing else. */
    static Stream<Arguments> eachProperty() {
        ResolverFiles d = ResolverFiles.DEFAULTS;
        return Stream.of(
                Arguments.of(ResolverSettings.RESOLV_CONF, "/tmp/r.conf",
                        new ResolverSettings(d.withResolvConf(Path.of("/tmp/r.conf")), 53)),
                Arguments.of(ResolverSettings.HOSTS, "/tmp/hosts",
                        new ResolverSettings(d.withHosts(Path.of("/tmp/hosts")), 53)),
                Arguments.of(ResolverSettings.NSSWITCH_CONF, "/tmp/nss",
                        new ResolverSettings(d.withNsswitchConf(Path.of("/tmp/nss")), 53)),
                Arguments.of(ResolverSettings.HOSTS, "relative/hosts",
                        new ResolverSettings(d.withHosts(Path.of("relative/hosts")), 53)),
                Arguments.of(ResolverSettings.HOSTS, " ", new ResolverSettings(d.withHosts(Path.of(" ")), 53)),
                Arguments.of(ResolverSettings.PORT, "5353", new ResolverSettings(d, 5353)),
                Arguments.of(ResolverSettings.PORT, "1", new ResolverSettings(d, 1)),
                Arguments.of(ResolverSettings.PORT, "65535", new ResolverSettings(d, 65535)),
                Arguments.of(ResolverSettings.PORT, "53", new ResolverSettings(d, 53)),
                Arguments.of(ResolverSettings.PORT, "0053", new ResolverSettings(d, 53)),
                Arguments.of(ResolverSettings.PORT, "+53", new ResolverSettings(d, 53)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource
    void eachProperty(String name, String value, ResolverSettings want) {
        assertEquals(want, from(Map.of(name, value)));
    }

    @Test
    void allTogether() {
        assertEquals(new ResolverSettings(new ResolverFiles(Path.of("/a"), Path.of("/b"), Path.of("/c")), 10053),
                from(Map.of(ResolverSettings.RESOLV_CONF, "/a", ResolverSettings.HOSTS, "/b",
                        ResolverSettings.NSSWITCH_CONF, "/c", ResolverSettings.PORT, "10053")));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(ResolverSettings.RESOLV_CONF, "",
                        "property net.resolver.go.resolvConf is empty: it names the file read instead of /etc/resolv.conf"),
                Arguments.of(ResolverSettings.HOSTS, "",
                        "property net.resolver.go.hosts is empty: it names the file read instead of /etc/hosts"),
                Arguments.of(ResolverSettings.NSSWITCH_CONF, "",
                        "property net.resolver.go.nsswitchConf is empty: it names the file read instead of /etc/nsswitch.conf"),
                Arguments.of(ResolverSettings.HOSTS, "/etc/ho\0sts",
                        "property net.resolver.go.hosts=\"/etc/ho\0sts\" is not a path: Nul character not allowed"),
                Arguments.of(ResolverSettings.PORT, "",
                        "property net.resolver.go.port is empty: it names the port of every name server"),
                Arguments.of(ResolverSettings.PORT, "domain", "property net.resolver.go.port=\"domain\" is not a number"),
                Arguments.of(ResolverSettings.PORT, " 53", "property net.resolver.go.port=\" 53\" is not a number"),
                Arguments.of(ResolverSettings.PORT, "53 ", "property net.resolver.go.port=\"53 \" is not a number"),
                Arguments.of(ResolverSettings.PORT, "5e3", "property net.resolver.go.port=\"5e3\" is not a number"),
                Arguments.of(ResolverSettings.PORT, "0x35", "property net.resolver.go.port=\"0x35\" is not a number"),
                Arguments.of(ResolverSettings.PORT, "53.0", "property net.resolver.go.port=\"53.0\" is not a number"),
                Arguments.of(ResolverSettings.PORT, "\u0665\u0663", // Arabic-Indic digits, which Integer.parseInt takes
                        "property net.resolver.go.port=\"\u0665\u0663\" is not a number"),
                Arguments.of(ResolverSettings.PORT, "0", "property net.resolver.go.port=\"0\" is not in 1…65535"),
                Arguments.of(ResolverSettings.PORT, "-53", "property net.resolver.go.port=\"-53\" is not in 1…65535"),
                Arguments.of(ResolverSettings.PORT, "65536", "property net.resolver.go.port=\"65536\" is not in 1…65535"),
                Arguments.of(ResolverSettings.PORT, "99999999999999999999",
                        "property net.resolver.go.port=\"99999999999999999999\" is not in 1…65535"));
    }

    @ParameterizedTest(name = "{0}=\"{1}\"")
    @MethodSource
    void badValues(String name, String value, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> from(Map.of(name, value))).getMessage());
    }

    @Test
    void aBadValueIsNamedAmongGoodOnes() {
        assertEquals("property net.resolver.go.port=\"x\" is not a number", assertThrows(IllegalArgumentException.class,
                () -> from(Map.of(ResolverSettings.HOSTS, "/h", ResolverSettings.PORT, "x"))).getMessage());
    }

    @Test
    void missingArgumentsAreNamed() {
        assertEquals("property is null",
                assertThrows(IllegalArgumentException.class, () -> ResolverSettings.from(null)).getMessage());
        assertEquals("files is null",
                assertThrows(IllegalArgumentException.class, () -> new ResolverSettings(null, 53)).getMessage());
        assertEquals("port 0 is not in 1…65535", assertThrows(IllegalArgumentException.class,
                () -> new ResolverSettings(ResolverFiles.DEFAULTS, 0)).getMessage());
        assertEquals("port 65536 is not in 1…65535", assertThrows(IllegalArgumentException.class,
                () -> new ResolverSettings(ResolverFiles.DEFAULTS, 65536)).getMessage());
    }
}
