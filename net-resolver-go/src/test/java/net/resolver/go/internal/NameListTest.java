package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code TestAvoidDNSName} and {@code TestNameListAvoidDNS} ({@code dnsclient_unix_test.go}), and the ndots and length rules. */
class NameListTest {

    static Stream<Arguments> avoidDNSName() {
        return Stream.of(
                Arguments.of("foo.com", false),
                Arguments.of("foo.com.", false),
                Arguments.of("foo.onion.", true),
                Arguments.of("foo.onion", true),
                Arguments.of("foo.ONION", true),
                Arguments.of("foo.ONION.", true),
                Arguments.of("foo.local.", false),
                Arguments.of("foo.local", false),
                Arguments.of("foo.LOCAL", false),
                Arguments.of("foo.LOCAL.", false),
                Arguments.of("", true),
                Arguments.of("local", false),
                Arguments.of("onion", false),
                Arguments.of("local.", false),
                Arguments.of("onion.", false),
                // added: only ASCII case folds, as Go's stringsHasSuffixFold
                Arguments.of("foo.onıon", false),
                Arguments.of("foo.onion..", false));
    }

    @ParameterizedTest
    @MethodSource
    void avoidDNSName(String name, boolean avoid) {
        assertEquals(avoid, NameList.avoidDNS(name), name);
    }

    @Test
    void nameListAvoidDNS() {
        List<String> search = List.of("go.dev.", "onion.");
        assertEquals(List.of("www.", "www.go.dev."), NameList.of("www", 0, search));
        assertEquals(List.of("www.onion.go.dev."), NameList.of("www.onion", 0, search));
    }

    static Stream<Arguments> nameList() {
        List<String> search = List.of("a.test.", "b.test.");
        return Stream.of(
                Arguments.of("www", 1, search, List.of("www.a.test.", "www.b.test.", "www.")),
                Arguments.of("www.x", 1, search, List.of("www.x.", "www.x.a.test.", "www.x.b.test.")),
                Arguments.of("www.x", 2, search, List.of("www.x.a.test.", "www.x.b.test.", "www.x.")),
                Arguments.of("www.x.", 5, search, List.of("www.x.")),
                Arguments.of("foo.onion.", 1, search, List.of()),
                Arguments.of("www", 1, List.of(), List.of("www.")));
    }

    @ParameterizedTest
    @MethodSource
    void nameList(String name, int ndots, List<String> search, List<String> want) {
        assertEquals(want, NameList.of(name, ndots, search));
    }

    @Test
    void lengthLimits() {
        String label = "a".repeat(63);
        String n253 = label + "." + label + "." + label + "." + "a".repeat(61); // 253 characters
        assertEquals(253, n253.length());
        assertEquals(List.of(n253 + "."), NameList.of(n253, 1, List.of()));
        assertEquals(List.of(n253 + "."), NameList.of(n253 + ".", 1, List.of()));
        assertEquals(List.of(), NameList.of(n253 + "a", 1, List.of()), "254 without a final dot");
        assertEquals(List.of(), NameList.of(n253 + "a.", 1, List.of()), "255 with it");
        // a suffix that makes the name too long is skipped
        assertEquals(List.of(n253 + "."), NameList.of(n253, 10, List.of("x.")));
    }
}
