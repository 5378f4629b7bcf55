package net.api.sysconf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's splitAtBytes and getFields (parse.go): non-empty runs between separator bytes. */
class ConfigTextTest {

    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of("", " :", List.of()),
                Arguments.of(" : ", " :", List.of()),
                Arguments.of("a", " :", List.of("a")),
                Arguments.of("2\teth0      :     2      V2", " :\r\t\n", List.of("2", "eth0", "2", "V2")),
                Arguments.of("9\tdevice1tap2:     1      V3", " :\r\t\n", List.of("9", "device1tap2", "1", "V3")),
                Arguments.of("a::b", ":", List.of("a", "b")),
                Arguments.of(":a:", ":", List.of("a")),
                Arguments.of("a b", "", List.of("a b")));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("splits")
    void splitAtBytes(String s, String separators, List<String> want) {
        assertEquals(want, ConfigText.splitAtBytes(s, separators));
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("", List.of()),
                Arguments.of(" \t\r\n", List.of()),
                Arguments.of("1    lo    ff02::1  1\r", List.of("1", "lo", "ff02::1", "1")),
                Arguments.of("a:b c", List.of("a:b", "c")));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("fields")
    void fields(String s, List<String> want) {
        assertEquals(want, ConfigText.fields(s));
    }
}
