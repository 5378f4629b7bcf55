package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's {@code hosts_test.go}: {@code lookupStaticHostTests}, {@code lookupStaticAddrTests},
 * {@code TestHostCacheModification} and {@code lookupStaticHostAliasesTest}.
 */
class HostsFileTest {

    private static HostsFile hosts(String file) {
        return new HostsFile(Testdata.path(file), System::nanoTime);
    }

    /** Go's {@code lookupStaticHostTests}, flattened to one case per entry, in Go's order. */
    static Stream<Arguments> lookupStaticHostTests() {
        return Stream.of(
                Arguments.of("hosts", "odin", List.of("127.0.0.2", "127.0.0.3", "::2")),
                Arguments.of("hosts", "thor", List.of("127.1.1.1")),
                Arguments.of("hosts", "ullr", List.of("127.1.1.2")),
                Arguments.of("hosts", "ullrhost", List.of("127.1.1.2")),
                Arguments.of("hosts", "localhost", List.of("fe80::1%lo0")),
                Arguments.of("singleline-hosts", "odin", List.of("127.0.0.2")),
                Arguments.of("ipv4-hosts", "localhost", List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")),
                Arguments.of("ipv4-hosts", "localhost.localdomain", List.of("127.0.0.3")),
                Arguments.of("ipv6-hosts", "localhost", List.of("::1", "fe80::1", "fe80::2%lo0", "fe80::3%lo0")),
                Arguments.of("ipv6-hosts", "localhost.localdomain", List.of("fe80::3%lo0")),
                Arguments.of("case-hosts", "PreserveMe", List.of("127.0.0.1", "::1")),
                Arguments.of("case-hosts", "PreserveMe.local", List.of("127.0.0.1", "::1")));
    }

    /** Go's {@code testStaticHost}: the name as given, absolute, lower case and upper case. */
    private static List<String> spellings(String name) {
        return List.of(name, HostsTable.absDomainName(name), name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookupStaticHostTests")
    void lookupStaticHost(String file, String name, List<String> want) {
        HostsFile h = hosts(file);
        for (String in : spellings(name)) {
            assertEquals(want, h.lookupStaticHost(in).map(StaticHost::addrs).orElse(List.of()), in);
        }
    }

    /** Go's {@code lookupStaticAddrTests}, flattened, in Go's order; names without their absolute form. */
    static Stream<Arguments> lookupStaticAddrTests() {
        return Stream.of(
                Arguments.of("hosts", "255.255.255.255", List.of("broadcasthost")),
                Arguments.of("hosts", "127.0.0.2", List.of("odin")),
                Arguments.of("hosts", "127.0.0.3", List.of("odin")),
                Arguments.of("hosts", "::2", List.of("odin")),
                Arguments.of("hosts", "127.1.1.1", List.of("thor")),
                Arguments.of("hosts", "127.1.1.2", List.of("ullr", "ullrhost")),
                Arguments.of("hosts", "fe80::1%lo0", List.of("localhost")),
                Arguments.of("singleline-hosts", "127.0.0.2", List.of("odin")),
                Arguments.of("ipv4-hosts", "127.0.0.1", List.of("localhost")),
                Arguments.of("ipv4-hosts", "127.0.0.2", List.of("localhost")),
                Arguments.of("ipv4-hosts", "127.0.0.3", List.of("localhost", "localhost.localdomain")),
                Arguments.of("ipv6-hosts", "::1", List.of("localhost")),
                Arguments.of("ipv6-hosts", "fe80::1", List.of("localhost")),
                Arguments.of("ipv6-hosts", "fe80::2%lo0", List.of("localhost")),
                Arguments.of("ipv6-hosts", "fe80::3%lo0", List.of("localhost", "localhost.localdomain")),
                Arguments.of("case-hosts", "127.0.0.1", List.of("PreserveMe", "PreserveMe.local")),
                Arguments.of("case-hosts", "::1", List.of("PreserveMe", "PreserveMe.local")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookupStaticAddrTests")
    void lookupStaticAddr(String file, String addr, List<String> names) {
        List<String> want = names.stream().map(HostsTable::absDomainName).toList();
        assertEquals(want, hosts(file).lookupStaticAddr(addr));
    }

    /** Go's {@code TestHostCacheModification}: callers cannot change the cache through a result. */
    @Test
    void hostCacheModification() {
        HostsFile v4 = hosts("ipv4-hosts");
        List<String> addrs = v4.lookupStaticHost("localhost").orElseThrow().addrs();
        assertThrows(UnsupportedOperationException.class, () -> addrs.set(0, addrs.get(0) + "junk"));
        assertEquals(List.of("127.0.0.1", "127.0.0.2", "127.0.0.3"), v4.lookupStaticHost("localhost").orElseThrow().addrs());
        HostsFile v6 = hosts("ipv6-hosts");
        List<String> names = v6.lookupStaticAddr("::1");
        assertThrows(UnsupportedOperationException.class, () -> names.set(0, names.get(0) + "junk"));
        assertEquals(List.of("localhost"), v6.lookupStaticAddr("::1"));
    }

    /** Go's {@code lookupStaticHostAliasesTest}, in Go's order: name and canonical name. */
    static Stream<Arguments> lookupStaticHostAliasesTest() {
        return Stream.of(
                Arguments.of("test", "test"),
                Arguments.of("test2.example.com", "test2.example.com"),
                Arguments.of("2.test", "test2.example.com"),
                Arguments.of("test3.example.com", "3.test"),
                Arguments.of("3.test", "3.test"),
                Arguments.of("example.com", "example.com"),
                Arguments.of("test5.example.com", "test4.example.com"),
                Arguments.of("5.test", "test4.example.com"),
                Arguments.of("4.test", "test4.example.com"),
                Arguments.of("test4.example.com", "test4.example.com"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("lookupStaticHostAliasesTest")
    void lookupStaticHostAliases(String lookup, String canonical) {
        HostsFile h = hosts("aliases");
        for (String in : spellings(lookup)) {
            assertEquals(Optional.of(HostsTable.absDomainName(canonical)),
                    h.lookupStaticHost(in).map(StaticHost::canonicalName), in);
        }
    }

    // ---- cases Go's tables do not have ----

    @Test
    void bogusLinesAreIgnored() {
        HostsFile h = hosts("hosts");
        assertEquals(Optional.empty(), h.lookupStaticHost("loki"));
        assertEquals(List.of(), h.lookupStaticAddr("123.123.123"));
        assertEquals(List.of(), h.lookupStaticAddr("321.321.321.321"));
        assertEquals(Optional.empty(), h.lookupStaticHost("nowhere"));
    }

    @Test
    void addressesMatchInAnySpelling() {
        HostsFile h = hosts("ipv6-hosts");
        assertEquals(List.of("localhost"), h.lookupStaticAddr("fe80:0:0:0:0:0:0:1"));
        assertEquals(List.of("localhost"), h.lookupStaticAddr("FE80::2%lo0"));
        assertEquals(List.of(), h.lookupStaticAddr("fe80::2"), "the zone is part of the address");
        assertEquals(List.of(), h.lookupStaticAddr("not an address"));
    }

    @Test
    void canonicalNameOfANameWithoutDotsHasNoDot() {
        assertEquals("localhost", hosts("ipv4-hosts").lookupStaticHost("LOCALHOST").orElseThrow().canonicalName());
        assertEquals("localhost",
                hosts("ipv4-hosts").lookupStaticHost("localhost.localdomain").orElseThrow().canonicalName(),
                "the canonical name is the first name of the line where the key first appears");
    }

    @Test
    void mappedAddressesKeepTheirMappedForm() {
        HostsTable t = HostsTable.parse(List.of("::ffff:127.0.0.1 mapped", "0:0:0:0:0:ffff:7f00:2 mapped"));
        assertEquals(List.of("::ffff:127.0.0.1", "::ffff:127.0.0.2"), t.byName().get("mapped").addrs());
        assertEquals(List.of(), t.byAddr().getOrDefault("127.0.0.1", List.of()));
    }

    @Test
    void duplicatesAccumulate() {
        List<String> lines = new ArrayList<>(List.of("127.0.0.1 a a", "127.0.0.1 A.example a.example"));
        HostsTable t = HostsTable.parse(lines);
        assertEquals(List.of("127.0.0.1", "127.0.0.1"), t.byName().get("a").addrs());
        assertEquals(List.of("a", "a", "A.example.", "a.example."), t.byAddr().get("127.0.0.1"));
        assertEquals("a.example.", t.byName().get("a.example.").canonicalName());
    }
}
