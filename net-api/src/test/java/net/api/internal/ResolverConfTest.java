package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code initConfVal} ({@code conf.go}): the process-wide configuration and its start-up messages. */
class ResolverConfTest {

    private static final Set<String> BOTH = Set.of("go", "cgo");
    private static final Map<String, String> NO_ENV = Map.of();

    private static ResolverConf of(Set<String> kinds, String netdns, String osName, Map<String, String> env) {
        return ResolverConf.of(kinds, NetDns.parse(netdns), osName, env::get);
    }

    /** kinds, netdns, os.name, environment; then netGo, netCgo, preferCgo, goos. */
    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of(BOTH, "", "Linux", NO_ENV, false, false, false, "linux"),
                Arguments.of(BOTH, "go", "Linux", NO_ENV, true, false, false, "linux"),
                Arguments.of(BOTH, "cgo", "Linux", NO_ENV, false, true, false, "linux"),
                Arguments.of(BOTH, "", "Linux", Map.of("LOCALDOMAIN", ""), false, false, true, "linux"),
                Arguments.of(BOTH, "", "Linux", Map.of("RES_OPTIONS", ""), false, false, false, "linux"),
                Arguments.of(BOTH, "", "Linux", Map.of("RES_OPTIONS", "ndots:2"), false, false, true, "linux"),
                Arguments.of(BOTH, "", "Linux", Map.of("HOSTALIASES", "/tmp/aliases"), false, false, true, "linux"),
                Arguments.of(BOTH, "", "Linux", Map.of("ASR_CONFIG", "/tmp/asr"), false, false, false, "linux"),
                Arguments.of(BOTH, "", "OpenBSD", Map.of("ASR_CONFIG", "/tmp/asr"), false, false, true, "openbsd"),
                Arguments.of(BOTH, "", "OpenBSD", Map.of("ASR_CONFIG", ""), false, false, false, "openbsd"),
                Arguments.of(BOTH, "", "Mac OS X", NO_ENV, false, false, true, "darwin"),
                Arguments.of(BOTH, "go", "Windows 11", NO_ENV, true, false, true, "windows"),
                Arguments.of(BOTH, "", "SunOS", NO_ENV, false, false, false, "solaris"),
                Arguments.of(BOTH, "", "FreeBSD", NO_ENV, false, false, false, "freebsd"),
                // Only the pure resolver: Go's netgo tag; nothing can prefer the absent one.
                Arguments.of(Set.of("go"), "", "Mac OS X", Map.of("LOCALDOMAIN", "x"), true, false, false, "darwin"),
                Arguments.of(Set.of("go"), "cgo", "Linux", NO_ENV, true, true, false, "linux"),
                // Only the C library's: Go's netcgo tag.
                Arguments.of(Set.of("cgo"), "", "Linux", NO_ENV, false, true, false, "linux"),
                // A Plan 9 connection server: Plan 9's rules, its resolver preferred.
                Arguments.of(Set.of("go", "plan9"), "", "Linux", NO_ENV, false, false, true, "plan9"));
    }

    @ParameterizedTest(name = "{0} netdns={1} {2} {3}")
    @MethodSource("configurations")
    void of(Set<String> kinds, String netdns, String osName, Map<String, String> env,
            boolean netGo, boolean netCgo, boolean preferCgo, String goos) {
        ResolverConf c = of(kinds, netdns, osName, env);
        assertEquals(List.of(netGo, netCgo, preferCgo, goos), List.of(c.netGo(), c.netCgo(), c.preferCgo(), c.goos()));
    }

    static Stream<Arguments> osNames() {
        return Stream.of(
                Arguments.of("Linux", "linux"),
                Arguments.of("Mac OS X", "darwin"),
                Arguments.of("Windows Server 2022", "windows"),
                Arguments.of("SunOS", "solaris"),
                Arguments.of("FreeBSD", "freebsd"),
                Arguments.of("NetBSD", "netbsd"),
                Arguments.of("OpenBSD", "openbsd"),
                Arguments.of("AIX", "aix"),
                Arguments.of("DragonFlyBSD", "dragonfly"),
                Arguments.of("z/OS", "z/os"));
    }

    @ParameterizedTest(name = "os.name {0} is GOOS {1}")
    @MethodSource("osNames")
    void goos(String osName, String goos) {
        assertEquals(goos, ResolverConf.goos(osName));
    }

    /** Kinds and netdns; then the lines, each checked against Go 1.27 built plain, with netgo, with netcgo. */
    static Stream<Arguments> startupMessages() {
        String p = "go package net: ";
        return Stream.of(
                Arguments.of(BOTH, "go", List.of()),
                Arguments.of(BOTH, "1", List.of(p + "dynamic selection of DNS resolver")),
                Arguments.of(BOTH, "2", List.of(p + "confVal.netCgo = false  netGo = false", p + "dynamic selection of DNS resolver")),
                Arguments.of(BOTH, "go+1", List.of(p + "GODEBUG setting forcing use of the Go resolver")),
                Arguments.of(BOTH, "cgo+2", List.of(p + "confVal.netCgo = true  netGo = false", p + "GODEBUG setting forcing use of the cgo resolver")),
                Arguments.of(BOTH, "go+2", List.of(p + "confVal.netCgo = false  netGo = true", p + "GODEBUG setting forcing use of the Go resolver")),
                Arguments.of(BOTH, "foo+2", List.of(p + "confVal.netCgo = false  netGo = false",
                        p + "GODEBUG=netdns contains an invalid dns mode, ignoring it", p + "dynamic selection of DNS resolver")),
                Arguments.of(Set.of("go"), "cgo+2", List.of(p + "confVal.netCgo = true  netGo = true",
                        p + "ignoring GODEBUG=netdns=cgo as the cgo resolver (dev.gonet:net-resolver-native) is not present")),
                Arguments.of(Set.of("go"), "1", List.of(p + "using the Go DNS resolver")),
                Arguments.of(Set.of("cgo"), "2", List.of(p + "confVal.netCgo = true  netGo = false", p + "using the cgo DNS resolver")),
                Arguments.of(Set.of("cgo"), "go+1", List.of(
                        p + "ignoring GODEBUG=netdns=go as the Go resolver (dev.gonet:net-resolver-go) is not present")));
    }

    @ParameterizedTest(name = "{0} netdns={1}")
    @MethodSource("startupMessages")
    void startupMessages(Set<String> kinds, String netdns, List<String> want) {
        NetDns setting = NetDns.parse(netdns);
        assertEquals(want, ResolverConf.of(kinds, setting, "Linux", NO_ENV::get).startupMessages(setting.mode()));
    }

    @Test
    void noResolverNamesTheArtifacts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of(Set.of(), "", "Linux", NO_ENV));
        assertEquals("no resolver is present: add dev.gonet:net-resolver-go or dev.gonet:net-resolver-native", e.getMessage());
    }

    @Test
    void missingInputsAreNamed() {
        assertEquals("kinds is null", assertThrows(IllegalArgumentException.class,
                () -> ResolverConf.of(null, NetDns.parse(""), "Linux", NO_ENV::get)).getMessage());
        assertEquals("osName is null", assertThrows(IllegalArgumentException.class,
                () -> ResolverConf.goos(null)).getMessage());
    }
}
