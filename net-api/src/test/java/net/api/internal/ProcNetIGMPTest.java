package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.api.Addr;
import net.api.IPAddr;
import net.api.Net;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's {@code TestParseProcNet} (interface_linux_test.go) on Go's testdata {@code igmp} and
 * {@code igmp6}, with the groups of each interface spelled out, and cases Go misses.
 */
class ProcNetIGMPTest {

    static final Path IGMP = Path.of("src/test/resources/testdata/igmp");
    static final Path IGMP6 = Path.of("src/test/resources/testdata/igmp6");

    @BeforeAll
    static void littleEndian() {
        // The kernel writes IPv4 groups in the machine's byte order; Go's testdata is x86's.
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "testdata is little-endian");
    }

    /** Go's igmpInterfaceTable, in its order, with each interface's groups. */
    static Stream<Arguments> igmp() {
        return Stream.of(
                Arguments.of("lo", List.of("224.0.0.1")),
                Arguments.of("eth0", List.of("224.0.0.251", "224.0.0.1")),
                Arguments.of("eth1", List.of("224.0.0.1")),
                Arguments.of("eth2", List.of("224.0.0.1")),
                Arguments.of("eth0.100", List.of("224.0.0.251", "224.0.0.1")),
                Arguments.of("eth0.101", List.of("224.0.0.251", "224.0.0.1")),
                Arguments.of("eth0.102", List.of("224.0.0.251", "224.0.0.1")),
                Arguments.of("eth0.103", List.of("224.0.0.251", "224.0.0.1")),
                Arguments.of("device1tap2", List.of("224.0.0.1")));
    }

    /** Go's igmp6InterfaceTable, in its order, with each interface's groups. */
    static Stream<Arguments> igmp6() {
        return Stream.of(
                Arguments.of("lo", List.of("ff02::1")),
                Arguments.of("eth0", List.of("ff02::1:ffac:891e", "ff02::1")),
                Arguments.of("eth1", List.of("ff02::1:ffac:8928", "ff02::1")),
                Arguments.of("eth2", List.of("ff02::1:ffac:8932", "ff02::1")),
                Arguments.of("eth0.100", List.of("ff02::1:ffac:891e", "ff02::1")),
                Arguments.of("eth0.101", List.of("ff02::1:ffac:891e", "ff02::1")),
                Arguments.of("eth0.102", List.of("ff02::1:ffac:891e", "ff02::1")),
                Arguments.of("eth0.103", List.of("ff02::1:ffac:891e", "ff02::1")),
                Arguments.of("device1tap2", List.of("ff02::1:ff4c:c3a3", "ff02::1")),
                Arguments.of("pan0", List.of("ff02::1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("igmp")
    void igmpGroupsOfInterface(String name, List<String> want) {
        assertEquals(addrs(want), ProcNetIGMP.parseIGMP(IGMP, name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("igmp6")
    void igmp6GroupsOfInterface(String name, List<String> want) {
        assertEquals(addrs(want), ProcNetIGMP.parseIGMP6(IGMP6, name));
    }

    /** Go's counts: numOfTestIPv4MCAddrs and numOfTestIPv6MCAddrs. */
    @Test
    void goCounts() {
        assertEquals(14, igmp().mapToInt(a -> ProcNetIGMP.parseIGMP(IGMP, (String) a.get()[0]).size()).sum());
        assertEquals(18, igmp6().mapToInt(a -> ProcNetIGMP.parseIGMP6(IGMP6, (String) a.get()[0]).size()).sum());
    }

    @Test
    void groupsPrintAsGoPrintsThem() {
        assertEquals("[224.0.0.251, 224.0.0.1]", ProcNetIGMP.parseIGMP(IGMP, "eth0").toString());
        assertEquals("[ff02::1:ff4c:c3a3, ff02::1]", ProcNetIGMP.parseIGMP6(IGMP6, "device1tap2").toString());
    }

    @Test
    void everyInterfaceWhenNameIsNull() {
        assertEquals(14, ProcNetIGMP.parseIGMP(IGMP, null).size());
        assertEquals(18, ProcNetIGMP.parseIGMP6(IGMP6, null).size());
    }

    @Test
    void groupsAreIPv4MappedAndSixteenBytes() {
        for (Addr a : ProcNetIGMP.parseIGMP(IGMP, null)) {
            assertEquals(16, ((IPAddr) a).ip().length());
            assertEquals("", ((IPAddr) a).zone());
        }
    }

    @Test
    void unknownInterfaceHasNoGroups() {
        assertEquals(List.of(), ProcNetIGMP.parseIGMP(IGMP, "eth9"));
        assertEquals(List.of(), ProcNetIGMP.parseIGMP6(IGMP6, "eth9"));
    }

    @Test
    void missingFileHasNoGroups(@TempDir Path dir) {
        assertEquals(List.of(), ProcNetIGMP.parseIGMP(dir.resolve("igmp"), null));
        assertEquals(List.of(), ProcNetIGMP.parseIGMP6(dir.resolve("igmp6"), null));
    }

    @Test
    void lastLineWithoutNewlineCounts(@TempDir Path dir) throws IOException {
        Path igmp = Files.writeString(dir.resolve("igmp"),
                "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n"
                        + "1\tlo        :     1      V3\n"
                        + "\t\t\t\t010000E0     1 0:00000000\t\t0");
        Path igmp6 = Files.writeString(dir.resolve("igmp6"),
                "1    lo              ff020000000000000000000000000001     1 0000000C 0");
        assertEquals(addrs(List.of("224.0.0.1")), ProcNetIGMP.parseIGMP(igmp, "lo"));
        assertEquals(addrs(List.of("ff02::1")), ProcNetIGMP.parseIGMP6(igmp6, "lo"));
    }

    @Test
    void firstLineOfIgmpIsAHeadingEvenIfItLooksLikeAGroup(@TempDir Path dir) throws IOException {
        Path igmp = Files.writeString(dir.resolve("igmp"),
                "\t\t\t\t020000E0     1 0:00000000\t\t0\n"
                        + "1\tlo        :     1      V3\n"
                        + "\t\t\t\t010000E0     1 0:00000000\t\t0\r\n"
                        + "\t\t\t\t0100E0     1 0:00000000\t\t0\n"
                        + "\t\t\t\t010000E0\n");
        // Only the CRLF line is a group: the short field and the short line are skipped.
        assertEquals(addrs(List.of("224.0.0.1")), ProcNetIGMP.parseIGMP(igmp, null));
    }

    @Test
    void igmp6ShortLinesAreSkippedAndShortFieldsKeepTheBuffer(@TempDir Path dir) throws IOException {
        Path igmp6 = Files.writeString(dir.resolve("igmp6"),
                "1    lo              ff020000000000000000000000000001     1 0000000C\n"
                        + "1    lo              ff020000000000000000000000000002     1 0000000C 0\n"
                        + "1    lo              ff01     1 0000000C 0\n"
                        + "1    lo              zz020000000000000000000000000003     1 0000000C 0\n");
        // As Go: a 4-digit group overwrites only the buffer's first two bytes; "zz" reads as 0.
        assertEquals(addrs(List.of("ff02::2", "ff01::2", "0002::3")), ProcNetIGMP.parseIGMP6(igmp6, null));
    }

    /** The addresses as Go's parser returns them: IPAddr of a 16-byte IP, no zone. */
    static List<Addr> addrs(List<String> literals) {
        List<Addr> out = new ArrayList<>();
        for (String s : literals) {
            out.add(new IPAddr(Net.parseIP(s).orElseThrow()));
        }
        return out;
    }
}
