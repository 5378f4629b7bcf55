package net.resolver.go.internal;

import net.api.sysconf.ConfigText;
import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code dnsconfig_unix_test.go}: {@code dnsReadConfigTests}, the missing file, {@code dnsDefaultSearchTests}. */
class ResolvConfParserTest {

    private static final ResolvConfParser PARSER = new ResolvConfParser(() -> "host.domain.local");
    private static final List<String> DEFAULT_NS = ResolvConf.DEFAULT_NS;

    /** The configuration Go expects, before its search list is defaulted. */
    private record Want(List<String> servers, List<String> search, int ndots, Duration timeout, int attempts,
            boolean rotate, boolean unknownOpt, List<String> lookup, boolean singleRequest, boolean useTCP) {

        static Want of(List<String> servers, List<String> search) {
            return new Want(servers, search, 1, Duration.ofSeconds(5), 2, false, false, List.of(), false, false);
        }

        Want withNdots(int n) {
            return new Want(servers, search, n, timeout, attempts, rotate, unknownOpt, lookup, singleRequest, useTCP);
        }

        Want withLookup(List<String> l) {
            return new Want(servers, search, ndots, timeout, attempts, rotate, unknownOpt, l, singleRequest, useTCP);
        }

        Want withSingleRequest() {
            return new Want(servers, search, ndots, timeout, attempts, rotate, unknownOpt, lookup, true, useTCP);
        }

        Want withUseTCP() {
            return new Want(servers, search, ndots, timeout, attempts, rotate, unknownOpt, lookup, singleRequest, true);
        }
    }

    /** Go's {@code dnsReadConfigTests}, in Go's order; an empty search means the host name's. */
    static Stream<Arguments> dnsReadConfigTests() {
        return Stream.of(
                Arguments.of("resolv.conf", new Want(List.of("192.0.2.53:53", "[2001:db8::53]:53", "[fe80::1%lo0]:53"),
                        List.of("localdomain."), 5, Duration.ofSeconds(10), 3, true, true, List.of(), false, false)),
                Arguments.of("domain-resolv.conf", Want.of(List.of("192.0.2.53:53"), List.of("localdomain."))),
                Arguments.of("search-resolv.conf", Want.of(List.of("192.0.2.53:53"), List.of("test.", "invalid."))),
                Arguments.of("search-single-dot-resolv.conf", Want.of(List.of("192.0.2.53:53"), List.of())),
                Arguments.of("empty-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local."))),
                Arguments.of("invalid-ndots-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withNdots(0)),
                Arguments.of("large-ndots-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withNdots(15)),
                Arguments.of("negative-ndots-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withNdots(0)),
                Arguments.of("openbsd-resolv.conf", Want.of(List.of("169.254.169.254:53", "10.240.0.1:53"),
                        List.of("c.symbolic-datum-552.internal.")).withLookup(List.of("file", "bind"))),
                Arguments.of("single-request-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withSingleRequest()),
                Arguments.of("single-request-reopen-resolv.conf",
                        Want.of(DEFAULT_NS, List.of("domain.local.")).withSingleRequest()),
                Arguments.of("linux-use-vc-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withUseTCP()),
                Arguments.of("freebsd-usevc-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withUseTCP()),
                Arguments.of("openbsd-tcp-resolv.conf", Want.of(DEFAULT_NS, List.of("domain.local.")).withUseTCP()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dnsReadConfigTests")
    void dnsReadConfig(String file, Want want) {
        ResolvConf conf = PARSER.read(Testdata.path(file));
        assertEquals(Optional.empty(), conf.error());
        List<String> search = want.search().isEmpty() ? PARSER.defaultSearch() : want.search();
        Want got = new Want(conf.servers(), conf.search(), conf.ndots(), conf.timeout(), conf.attempts(),
                conf.rotate(), conf.unknownOpt(), conf.lookup(), conf.singleRequest(), conf.useTCP());
        assertEquals(new Want(want.servers(), search, want.ndots(), want.timeout(), want.attempts(), want.rotate(),
                want.unknownOpt(), want.lookup(), want.singleRequest(), want.useTCP()), got);
        assertEquals(want.servers() == DEFAULT_NS, conf.defaultServers(), "defaultServers");
        assertFalse(conf.trustAD() || conf.noReload(), "trustAD and noReload unset");
    }

    @Test
    void readsTheFilesModificationTime() throws IOException {
        Path p = Testdata.path("resolv.conf");
        assertEquals(Files.getLastModifiedTime(p).toInstant(), PARSER.read(p).mtime());
    }

    @Test
    void missingFileGivesDefaultsAndNotExist() {
        ResolvConf conf = PARSER.read(Path.of("a-nonexistent-file"));
        assertEquals(ConfigError.Kind.NOT_EXIST, conf.error().orElseThrow().kind());
        assertEquals("open a-nonexistent-file: no such file or directory", conf.error().orElseThrow().message());
        assertEquals(DEFAULT_NS, conf.servers());
        assertTrue(conf.defaultServers());
        assertEquals(1, conf.ndots());
        assertEquals(Duration.ofSeconds(5), conf.timeout());
        assertEquals(2, conf.attempts());
        assertEquals(List.of("domain.local."), conf.search());
        assertEquals(FileStamp.ZERO.mtime(), conf.mtime());
        assertFalse(conf.unknownOpt());
    }

    /** Go's {@code dnsDefaultSearchTests}, in Go's order; a null host name stands for an error. */
    static Stream<Arguments> dnsDefaultSearchTests() {
        return Stream.of(
                Arguments.of("host.long.domain.local", List.of("long.domain.local.")),
                Arguments.of("host.local", List.of("local.")),
                Arguments.of("host", List.of()),
                Arguments.of(null, List.of()),
                Arguments.of("foo.", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dnsDefaultSearchTests")
    void dnsDefaultSearch(String hostname, List<String> want) {
        ResolvConfParser p = new ResolvConfParser(() -> {
            if (hostname == null) {
                throw new IOException("errored");
            }
            return hostname;
        });
        assertEquals(want, p.defaultSearch());
    }

    // ---- cases Go's table does not have ----

    private static ResolvConf parse(Path dir, String text) throws IOException {
        Path f = dir.resolve("resolv.conf");
        Files.writeString(f, text);
        return PARSER.read(f);
    }

    @Test
    void unknownOptionsAreRecordedInFileOrder(@TempDir Path dir) throws IOException {
        ResolvConf conf = parse(dir, "options attempts 3\nsortlist 130.155.160.0/255.255.240.0\nndots:2\n"
                + "options inet6 ndots:3\n");
        assertEquals(List.of("attempts", "3", "sortlist", "ndots:2", "inet6"), conf.unknownOptions());
        assertTrue(conf.unknownOpt());
        assertEquals(3, conf.ndots());
    }

    @Test
    void knownOptionsAreNotUnknown(@TempDir Path dir) throws IOException {
        ResolvConf conf = parse(dir, "options rotate single-request single-request-reopen use-vc usevc tcp trust-ad"
                + " edns0 no-reload ndots:2 timeout:3 attempts:4\n");
        assertEquals(List.of(), conf.unknownOptions());
        assertTrue(conf.rotate() && conf.singleRequest() && conf.useTCP() && conf.trustAD() && conf.noReload());
        assertEquals(List.of(2, Duration.ofSeconds(3), 4), List.of(conf.ndots(), conf.timeout(), conf.attempts()));
    }

    @Test
    void timeoutAndAttemptsHaveAFloorButNoCap(@TempDir Path dir) throws IOException {
        ResolvConf big = parse(dir, "options timeout:31 attempts:6\n");
        assertEquals(Duration.ofSeconds(31), big.timeout(), "Go does not cap the timeout at 30 as glibc does");
        assertEquals(6, big.attempts(), "Go does not cap the attempts at 5 as glibc does");
        ResolvConf zero = parse(dir, "options timeout:0 attempts:abc\n");
        assertEquals(Duration.ofSeconds(1), zero.timeout());
        assertEquals(1, zero.attempts());
        ResolvConf huge = parse(dir, "options timeout:99999999999\n");
        assertEquals(Duration.ofSeconds(ConfigText.BIG), huge.timeout(), "dtoi saturates");
    }

    @Test
    void ndotsReadsLeadingDigitsOnly(@TempDir Path dir) throws IOException {
        assertEquals(4, parse(dir, "options ndots:4x\n").ndots());
        assertEquals(0, parse(dir, "options ndots:\n").ndots());
    }

    @Test
    void atMostThreeLiteralNameServers(@TempDir Path dir) throws IOException {
        ResolvConf conf = parse(dir, "nameserver ns.example.com\nnameserver 10.0.0.1 ignored\nnameserver\n"
                + "nameserver ::1\nnameserver 10.0.0.3\nnameserver 10.0.0.4\nnameserver 010.0.0.5\n");
        assertEquals(List.of("10.0.0.1:53", "[::1]:53", "10.0.0.3:53"), conf.servers());
        assertFalse(conf.defaultServers());
        assertTrue(conf.unknownOptions().isEmpty());
    }

    @Test
    void defaultServersWrittenOutAreNotTheDefault(@TempDir Path dir) throws IOException {
        ResolvConf conf = parse(dir, "nameserver 127.0.0.1\nnameserver ::1\n");
        assertEquals(DEFAULT_NS, conf.servers());
        assertFalse(conf.defaultServers());
    }

    @Test
    void lastOfDomainAndSearchWins(@TempDir Path dir) throws IOException {
        assertEquals(List.of("b.example."), parse(dir, "search a.example.\ndomain b.example\ndomain\n").search());
        assertEquals(List.of("a.example."), parse(dir, "domain b.example\nsearch . a.example .\n").search());
        assertEquals(List.of("domain.local."), parse(dir, "domain b.example\nsearch\n").search());
    }

    @Test
    void commentsOnlyAtTheStartOfALine(@TempDir Path dir) throws IOException {
        ResolvConf conf = parse(dir, "; nameserver 10.0.0.9\n# nameserver 10.0.0.8\n nameserver 10.0.0.1 # x\r\n"
                + "nameserver 10.0.0.2 ; y\n");
        assertEquals(List.of("10.0.0.1:53", "10.0.0.2:53"), conf.servers());
        assertEquals(List.of(), conf.unknownOptions(), "a CR is white space");
    }

    @Test
    void keywordsAreCaseSensitive(@TempDir Path dir) throws IOException {
        ResolvConf conf = parse(dir, "NameServer 10.0.0.1\nOPTIONS rotate\n");
        assertEquals(List.of("NameServer", "OPTIONS"), conf.unknownOptions());
        assertTrue(conf.defaultServers());
        assertFalse(conf.rotate());
    }

    @Test
    void emptyLookupLineIsNoLookup(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), parse(dir, "lookup\n").lookup());
        assertEquals(List.of("bind", "file", "yp"), parse(dir, "lookup bind file yp\n").lookup());
    }

    @Test
    void aDirectoryReadsAsAnEmptyFile(@TempDir Path dir) throws IOException {
        Files.setLastModifiedTime(dir, FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
        ResolvConf conf = PARSER.read(dir);
        assertEquals(Optional.empty(), conf.error());
        assertTrue(conf.defaultServers());
        assertEquals(Instant.parse("2020-01-02T03:04:05Z"), conf.mtime());
    }
}
