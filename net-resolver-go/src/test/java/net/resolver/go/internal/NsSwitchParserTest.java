package net.resolver.go.internal;

import net.api.sysconf.ConfigFile;
import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code nss_test.go} ({@code TestParseNSSConf}) and the criteria rules of {@code nss.go}. */
class NsSwitchParserTest {

    private static NsSwitch parse(String text) {
        return NsSwitchParser.parse(ConfigFile.split(text.getBytes(StandardCharsets.UTF_8)), FileStamp.ZERO);
    }

    private static NssSource src(String name) {
        return new NssSource(name);
    }

    private static Map<String, List<NssSource>> foo(NssSource... sources) {
        return Map.of("foo", List.of(sources));
    }

    private static Map<String, List<NssSource>> ubuntuTrustyAvahi() {
        Map<String, List<NssSource>> m = new LinkedHashMap<>();
        m.put("passwd", List.of(src("compat")));
        m.put("group", List.of(src("compat")));
        m.put("shadow", List.of(src("compat")));
        m.put("hosts", List.of(src("files"),
                new NssSource("mdns4_minimal", List.of(new NssCriterion(false, "notfound", "return"))),
                src("dns"), src("mdns4")));
        m.put("networks", List.of(src("files")));
        m.put("protocols", List.of(src("db"), src("files")));
        m.put("services", List.of(src("db"), src("files")));
        m.put("ethers", List.of(src("db"), src("files")));
        m.put("rpc", List.of(src("db"), src("files")));
        m.put("netgroup", List.of(src("nis")));
        return m;
    }

    /** Go's {@code TestParseNSSConf} table, in Go's order. */
    static Stream<Arguments> parseNSSConfTests() throws IOException {
        return Stream.of(
                Arguments.of("no_newline", "foo: a b", foo(src("a"), src("b"))),
                Arguments.of("newline", "foo: a b\n", foo(src("a"), src("b"))),
                Arguments.of("whitespace", "   foo:a    b    \n", foo(src("a"), src("b"))),
                Arguments.of("comment1", "   foo:a    b#c\n", foo(src("a"), src("b"))),
                Arguments.of("comment2", "   foo:a    b #c \n", foo(src("a"), src("b"))),
                Arguments.of("crit", "   foo:a    b [!a=b    X=Y ] c#d \n", foo(src("a"),
                        new NssSource("b", List.of(new NssCriterion(true, "a", "b"), new NssCriterion(false, "x", "y"))),
                        src("c"))),
                Arguments.of("ubuntu_trusty_avahi",
                        Files.readString(Testdata.path("ubuntu-trusty-avahi-nsswitch.conf")), ubuntuTrustyAvahi()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseNSSConfTests")
    void parseNSSConf(String name, String in, Map<String, List<NssSource>> want) {
        NsSwitch conf = parse(in);
        assertEquals(Optional.empty(), conf.error());
        assertEquals(want, conf.sources());
    }

    @Test
    void readsAFileWithItsModificationTime() throws IOException {
        Path p = Testdata.path("ubuntu-trusty-avahi-nsswitch.conf");
        NsSwitch conf = NsSwitchParser.read(p);
        assertEquals(ubuntuTrustyAvahi(), conf.sources());
        assertEquals(List.copyOf(ubuntuTrustyAvahi().keySet()), List.copyOf(conf.sources().keySet()), "file order");
        assertEquals(Files.getLastModifiedTime(p).toInstant(), conf.mtime());
    }

    // ---- cases Go's table does not have ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'hosts: files\\nno colon here\\n'|no colon on line|1",
        "'hosts: files [NOTFOUND=return\\n'|unclosed criterion bracket|0",
        "'hosts: files dns [a=]\\n'|invalid criteria: a=|1",
        "'hosts: files [!a=]\\n'|invalid criteria: !a=|0",
        "'hosts: files [success]\\n'|invalid criteria: success|0",
    })
    void syntaxErrorsStopParsingAndKeepWhatCameBefore(String in, String message, int kept) {
        NsSwitch conf = parse(in.replace("\\n", "\n"));
        assertEquals(Optional.of(new ConfigError(ConfigError.Kind.SYNTAX, message)), conf.error());
        assertEquals(kept, conf.hosts().size());
    }

    @Test
    void onlySpacesSeparateSources() {
        assertEquals(List.of(src("files\tdns")), parse("hosts:\tfiles\tdns\t\n").hosts());
    }

    @Test
    void linesOfOneDatabaseAddUp() {
        assertEquals(List.of(src("files"), src("dns")), parse("hosts: files\nhosts: dns\nHosts: x\n").hosts());
        assertEquals(List.of(src("x")), parse("hosts: files\nhosts: dns\nHosts: x\n").sources("Hosts"));
    }

    @Test
    void aSourceRightAfterABracket() {
        assertEquals(List.of(new NssSource("files", List.of(new NssCriterion(false, "notfound", "return"))), src("dns")),
                parse("hosts: files [NOTFOUND=return]dns\n").hosts());
    }

    @Test
    void emptyLinesAndCommentsOnly() {
        NsSwitch conf = parse("# only a comment\n\n   \n");
        assertEquals(Map.of(), conf.sources());
        assertEquals(Optional.empty(), conf.error());
        assertEquals(List.of(), conf.hosts());
    }

    @Test
    void missingFileIsNotExist(@TempDir Path dir) {
        NsSwitch conf = NsSwitchParser.read(dir.resolve("nsswitch.conf"));
        assertEquals(ConfigError.Kind.NOT_EXIST, conf.error().orElseThrow().kind());
        assertEquals(FileStamp.ZERO.mtime(), conf.mtime());
    }

    @Test
    void foreignHostsSources() {
        NsSwitch conf = parse("hosts: files mymachines myhostname mdns4_minimal [NOTFOUND=return] resolve dns\n");
        assertEquals(List.of("mymachines", "myhostname", "mdns4_minimal", "resolve"),
                conf.foreignHostsSources().stream().map(NssSource::source).toList());
    }

    /** Which criteria Go treats as if absent ({@code standardCriteria}). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "hosts: files|true",
        "hosts: files [NOTFOUND=return]|true",
        "hosts: files [success=return notfound=continue unavail=continue tryagain=continue]|true",
        "hosts: dns [success=return notfound=continue unavail=continue tryagain=continue] files|true",
        "hosts: files [notfound=return unavail=continue]|false",
        "hosts: files [unavail=continue notfound=return]|true",
        "hosts: files [!UNAVAIL=return]|false",
        "hosts: files [SUCCESS=continue]|false",
        "hosts: files [success=merge]|false",
        "hosts: files [tryagain=return]|true",
        "hosts: files [other=return]|false",
    })
    void standardCriteria(String line, boolean standard) {
        assertEquals(standard, parse(line).hosts().get(0).standardCriteria());
    }

    @Test
    void goImplementsFilesAndDnsOnly() {
        assertTrue(src("files").goImplements());
        assertTrue(src("dns").goImplements());
        assertFalse(src("DNS").goImplements());
        assertFalse(src("myhostname").goImplements());
    }
}
