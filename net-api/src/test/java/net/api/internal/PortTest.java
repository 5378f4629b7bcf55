package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's parsePortTests (port_test.go), in Go's order, plus saturation cases Go lacks. */
class PortTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", 0, false),
                // Decimal number literals
                Arguments.of("-1073741825", -(1 << 30), false),
                Arguments.of("-1073741824", -(1 << 30), false),
                Arguments.of("-1073741823", -((1 << 30) - 1), false),
                Arguments.of("-123456789", -123456789, false),
                Arguments.of("-1", -1, false),
                Arguments.of("-0", 0, false),
                Arguments.of("0", 0, false),
                Arguments.of("+0", 0, false),
                Arguments.of("+1", 1, false),
                Arguments.of("65535", 65535, false),
                Arguments.of("65536", 65536, false),
                Arguments.of("123456789", 123456789, false),
                Arguments.of("1073741822", (1 << 30) - 2, false),
                Arguments.of("1073741823", (1 << 30) - 1, false),
                Arguments.of("1073741824", (1 << 30) - 1, false),
                Arguments.of("1073741825", (1 << 30) - 1, false),
                // Others
                Arguments.of("abc", 0, true),
                Arguments.of("9pfs", 0, true),
                Arguments.of("123badport", 0, true),
                Arguments.of("bad123port", 0, true),
                Arguments.of("badport123", 0, true),
                Arguments.of("123456789badport", 0, true),
                Arguments.of("-2147483649badport", 0, true),
                Arguments.of("2147483649badport", 0, true),
                // Not in Go's table: once saturated, the rest of the text is not read (as Go)
                Arguments.of("10737418240x", (1 << 30) - 1, false),
                Arguments.of("-10737418240x", -(1 << 30), false),
                Arguments.of("1073741824x", 0, true),
                Arguments.of("99999999999999999999", (1 << 30) - 1, false),
                Arguments.of("+", 0, false),
                Arguments.of("-", 0, false),
                Arguments.of("٣", 0, true));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void parsesAsGo(String service, int port, boolean needsLookup) {
        assertEquals(new Port.Parsed(port, needsLookup), Port.parse(service));
    }
}
