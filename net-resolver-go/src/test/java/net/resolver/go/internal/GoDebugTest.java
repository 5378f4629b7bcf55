package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code netedns0} setting from the system property or GODEBUG. */
class GoDebugTest {

    static Stream<Arguments> edns0() {
        return Stream.of(
                Arguments.of(null, null, true),
                Arguments.of(null, "", true),
                Arguments.of(null, "netedns0=0", false),
                Arguments.of(null, "netdns=go,netedns0=0", false),
                Arguments.of(null, "netedns0=0,netedns0=1", true),
                Arguments.of(null, "netedns0=1,netedns0=0", false),
                Arguments.of(null, "xnetedns0=0", true),
                Arguments.of("1", "netedns0=0", true),
                Arguments.of("0", null, false));
    }

    @ParameterizedTest
    @MethodSource
    void edns0(String property, String godebug, boolean want) {
        assertEquals(want, GoDebug.edns0(property, godebug));
    }

    @org.junit.jupiter.api.Test
    void setting() {
        assertEquals(Optional.of("go+2"), GoDebug.setting("netdns=cgo,netdns=go+2", "netdns"));
        assertEquals(Optional.empty(), GoDebug.setting("netdns", "netdns"));
    }
}
