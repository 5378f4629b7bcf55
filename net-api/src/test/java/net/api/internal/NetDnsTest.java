package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code netdns} setting: Go's {@code goDebugNetDNS} (the forms its comment lists) and
 * {@code internal/godebug}'s reading of GODEBUG. Go has no table for these; each expectation
 * below was checked against a Go 1.27 program's {@code netdns} debug output.
 */
class NetDnsTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("", "", 0),
                Arguments.of("go", "go", 0),
                Arguments.of("cgo", "cgo", 0),
                Arguments.of("1", "", 1),
                Arguments.of("2", "", 2),
                Arguments.of("go+1", "go", 1),
                Arguments.of("1+go", "go", 1),
                Arguments.of("cgo+1", "cgo", 1),
                Arguments.of("1+cgo", "cgo", 1),
                Arguments.of("cgo+2", "cgo", 2),
                Arguments.of("2+cgo", "cgo", 2),
                Arguments.of("go+2", "go", 2),
                Arguments.of("+2", "", 2),
                Arguments.of("2+", "", 2),
                Arguments.of("foo+2", "foo", 2),
                Arguments.of("GO+2", "GO", 2),
                Arguments.of("go+1+2", "go", 1),
                Arguments.of("02", "", 2),
                Arguments.of("3", "", 3),
                Arguments.of("0+go", "go", 0),
                Arguments.of("2x", "", 2),
                Arguments.of("99999999", "", 0xFFFFFF));
    }

    @ParameterizedTest(name = "netdns={0}: mode \"{1}\", level {2}")
    @MethodSource("values")
    void parse(String value, String mode, int level) {
        assertEquals(new NetDns(mode, level), NetDns.parse(value));
    }

    static Stream<Arguments> godebug() {
        return Stream.of(
                Arguments.of("netdns=go", "go"),
                Arguments.of("2,x", ""),
                Arguments.of("netdns=2,x", "2"),
                Arguments.of("http2client=0,netdns=cgo+1", "cgo+1"),
                Arguments.of("netdns=go,netdns=cgo+2", "cgo+2"),
                Arguments.of("netdns=cgo+2#x", "cgo+2"),
                Arguments.of("netdns=go+2,netdns", "go+2"),
                Arguments.of("xnetdns=go", ""),
                Arguments.of("netdns=a=b", "a=b"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "GODEBUG={0}: netdns \"{1}\"")
    @MethodSource("godebug")
    void godebugValue(String godebug, String want) {
        assertEquals(want, NetDns.godebugValue(godebug, "netdns"));
    }

    @Test
    void propertyWinsOverGodebug() {
        Map<String, String> env = Map.of("GODEBUG", "netdns=cgo+2");
        assertEquals(new NetDns("go", 1), NetDns.fromSystem(Map.of("net.netdns", "go+1")::get, env::get));
        assertEquals(new NetDns("cgo", 2), NetDns.fromSystem(Map.<String, String>of()::get, env::get));
        assertEquals(new NetDns("", 0), NetDns.fromSystem(Map.of("net.netdns", "")::get, env::get));
        assertEquals(new NetDns("", 0), NetDns.fromSystem(Map.<String, String>of()::get, Map.<String, String>of()::get));
    }

    @Test
    void missingInputsAreNamed() {
        assertEquals("value is null", assertThrows(IllegalArgumentException.class, () -> NetDns.parse(null)).getMessage());
        assertEquals("env is null", assertThrows(IllegalArgumentException.class,
                () -> NetDns.fromSystem(Map.<String, String>of()::get, null)).getMessage());
    }
}
