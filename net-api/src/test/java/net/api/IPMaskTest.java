package net.api;

import static net.api.Bytes.ip;
import static net.api.Bytes.mask;
import static net.api.Bytes.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code ip_test.go} for masks: IP.Mask, IPMask.String, CIDRMask, IPMask.Size, DefaultMask. */
class IPMaskTest {

    /** Go's {@code ipMaskTests}, then cases Go misses. */
    static Stream<Arguments> ipMaskTests() {
        return Stream.of(
                Arguments.of(IP.v4(192, 168, 1, 127), IPMask.v4(255, 255, 255, 128), IP.v4(192, 168, 1, 0)),
                Arguments.of(IP.v4(192, 168, 1, 127), mask("255.255.255.192"), IP.v4(192, 168, 1, 64)),
                Arguments.of(IP.v4(192, 168, 1, 127), mask("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffe0"), IP.v4(192, 168, 1, 96)),
                Arguments.of(IP.v4(192, 168, 1, 127), IPMask.v4(255, 0, 255, 0), IP.v4(192, 0, 1, 0)),
                Arguments.of(parse("2001:db8::1"), mask("ffff:ff80::"), parse("2001:d80::")),
                Arguments.of(parse("2001:db8::1"), mask("f0f0:0f0f::"), parse("2000:d08::")),
                Arguments.of(ip(192, 168, 1, 127), mask("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00"), ip(192, 168, 1, 0)),
                Arguments.of(ip(192, 168, 1, 127), IPMask.v4(255, 255, 0, 0), ip(192, 168, 0, 0)));
    }

    @ParameterizedTest
    @MethodSource("ipMaskTests")
    void ipMask(IP in, IPMask m, IP want) {
        IP out = in.mask(m).orElseThrow(() -> new AssertionError(in + ".mask(" + m + ") is empty"));
        assertTrue(want.equal(out), in + ".mask(" + m + ") = " + out + ", want " + want);
    }

    @Test
    void maskResultLengths() {
        assertEquals(4, IP.v4(10, 1, 2, 3).mask(IPMask.v4(255, 0, 0, 0)).orElseThrow().length());
        assertEquals(16, IP.v4(10, 1, 2, 3).mask(IPMask.cidr(104, 128).orElseThrow()).orElseThrow().length());
        assertEquals(4, ip(10, 1, 2, 3).mask(IPMask.cidr(120, 128).orElseThrow()).orElseThrow().length());
    }

    @Test
    void maskOfMismatchedLengthsIsEmpty() {
        assertEquals(Optional.empty(), parse("2001:db8::1").mask(IPMask.v4(255, 0, 0, 0)));
        assertEquals(Optional.empty(), ip(10, 1, 2, 3).mask(mask("ffff:ffff:ffff:ffff:ffff:fff0::")));
        assertEquals(Optional.empty(), ip(10, 1, 2, 3).mask(mask(255, 255, 0)));
        assertEquals(Optional.empty(), ip().mask(IPMask.v4(255, 0, 0, 0)));
        assertEquals(Optional.of(ip()), ip().mask(mask()));
        assertThrows(IllegalArgumentException.class, () -> ip(1, 2, 3, 4).mask(null));
    }

    /** Go's {@code ipMaskStringTests}. */
    static Stream<Arguments> ipMaskStringTests() {
        return Stream.of(
                Arguments.of(IPMask.v4(255, 255, 255, 240), "fffffff0"),
                Arguments.of(IPMask.v4(255, 0, 128, 0), "ff008000"),
                Arguments.of(mask("ffff:ff80::"), "ffffff80000000000000000000000000"),
                Arguments.of(mask("ef00:ff80::cafe:0"), "ef00ff800000000000000000cafe0000"),
                Arguments.of(mask(), "<nil>"));
    }

    @ParameterizedTest
    @MethodSource("ipMaskStringTests")
    void ipMaskString(IPMask in, String want) {
        assertEquals(want, in.toString());
    }

    /** Go's {@code cidrMaskTests}; a null mask is Go's nil. */
    static Stream<Arguments> cidrMaskTests() {
        return Stream.of(
                Arguments.of(0, 32, IPMask.v4(0, 0, 0, 0)),
                Arguments.of(12, 32, IPMask.v4(255, 240, 0, 0)),
                Arguments.of(24, 32, IPMask.v4(255, 255, 255, 0)),
                Arguments.of(32, 32, IPMask.v4(255, 255, 255, 255)),
                Arguments.of(0, 128, mask(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                Arguments.of(4, 128, mask(0xf0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                Arguments.of(48, 128, mask(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                Arguments.of(128, 128, mask(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)),
                Arguments.of(33, 32, null),
                Arguments.of(32, 33, null),
                Arguments.of(-1, 128, null),
                Arguments.of(128, -1, null),
                Arguments.of(8, 64, null),
                Arguments.of(0, 0, null));
    }

    @ParameterizedTest
    @MethodSource("cidrMaskTests")
    void cidrMask(int ones, int bits, IPMask want) {
        assertEquals(Optional.ofNullable(want), Net.cidrMask(ones, bits));
    }

    @Test
    void cidrMaskIsTheInverseOfSize() {
        for (int bits : new int[] {32, 128}) {
            for (int ones = 0; ones <= bits; ones++) {
                assertEquals(new MaskSize(ones, bits), Net.cidrMask(ones, bits).orElseThrow().size());
            }
        }
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(IPMask.v4(255, 255, 255, 0), 24, 32),
                Arguments.of(IPMask.v4(255, 254, 0, 0), 15, 32),
                Arguments.of(IPMask.v4(0, 0, 0, 0), 0, 32),
                Arguments.of(IPMask.v4(255, 0, 255, 0), 0, 0),
                Arguments.of(IPMask.v4(255, 255, 255, 1), 0, 0),
                Arguments.of(IPMask.v4(0xfd, 0, 0, 0), 0, 0),
                Arguments.of(mask("ffff:ff80::"), 25, 128),
                Arguments.of(mask("ffff:ff80::1"), 0, 0),
                Arguments.of(mask(255, 255, 0), 16, 24),
                Arguments.of(mask(), 0, 0));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void size(IPMask m, int ones, int bits) {
        assertEquals(new MaskSize(ones, bits), m.size());
    }

    @Test
    void ipv4Mask() {
        assertEquals(mask(255, 255, 0, 0), Net.ipv4Mask(255, 255, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Net.ipv4Mask(0, 0, 0, 256));
        assertEquals("d is 256, not in [0, 255]", e.getMessage());
    }

    static Stream<Arguments> defaultMasks() {
        return Stream.of(
                Arguments.of(IP.v4(10, 1, 2, 3), IPMask.v4(255, 0, 0, 0)),
                Arguments.of(ip(127, 0, 0, 1), IPMask.v4(255, 0, 0, 0)),
                Arguments.of(IP.v4(128, 0, 0, 1), IPMask.v4(255, 255, 0, 0)),
                Arguments.of(IP.v4(191, 255, 0, 1), IPMask.v4(255, 255, 0, 0)),
                Arguments.of(IP.v4(192, 0, 2, 1), IPMask.v4(255, 255, 255, 0)),
                Arguments.of(IP.v4(224, 0, 0, 1), IPMask.v4(255, 255, 255, 0)),
                Arguments.of(IP.IPV4_BCAST, IPMask.v4(255, 255, 255, 0)),
                Arguments.of(parse("2001:db8::1"), null),
                Arguments.of(parse("::1.2.3.4"), null),
                Arguments.of(ip(), null),
                Arguments.of(ip(1, 2, 3), null));
    }

    @ParameterizedTest
    @MethodSource("defaultMasks")
    void defaultMask(IP in, IPMask want) {
        assertEquals(Optional.ofNullable(want), in.defaultMask());
    }
}
