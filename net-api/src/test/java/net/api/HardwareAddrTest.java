package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code mac_test.go}: ParseMAC and HardwareAddr.String. */
class HardwareAddrTest {

    private static HardwareAddr hw(int... b) {
        return HardwareAddr.of(Bytes.of(b));
    }

    private static final HardwareAddr IPOIB = hw(
            0x00, 0x00, 0x00, 0x00,
            0xfe, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x02, 0x00, 0x5e, 0x10, 0x00, 0x00, 0x00, 0x01);

    /** Go's {@code parseMACTests}, valid inputs. */
    static Stream<Arguments> parseMACTests() {
        HardwareAddr mac48 = hw(0x00, 0x00, 0x5e, 0x00, 0x53, 0x01);
        HardwareAddr eui64 = hw(0x02, 0x00, 0x5e, 0x10, 0x00, 0x00, 0x00, 0x01);
        return Stream.of(
                Arguments.of("00:00:5e:00:53:01", mac48),
                Arguments.of("00-00-5e-00-53-01", mac48),
                Arguments.of("0000.5e00.5301", mac48),
                Arguments.of("00005e005301", mac48),
                Arguments.of("02:00:5e:10:00:00:00:01", eui64),
                Arguments.of("02-00-5e-10-00-00-00-01", eui64),
                Arguments.of("0200.5e10.0000.0001", eui64),
                Arguments.of("02005e1000000001", eui64),
                Arguments.of("00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01", IPOIB),
                Arguments.of("00-00-00-00-fe-80-00-00-00-00-00-00-02-00-5e-10-00-00-00-01", IPOIB),
                Arguments.of("0000.0000.fe80.0000.0000.0000.0200.5e10.0000.0001", IPOIB),
                Arguments.of("00000000fe8000000000000002005e1000000001", IPOIB),
                Arguments.of("ab:cd:ef:AB:CD:EF", hw(0xab, 0xcd, 0xef, 0xab, 0xcd, 0xef)),
                Arguments.of("ab:cd:ef:AB:CD:EF:ab:cd", hw(0xab, 0xcd, 0xef, 0xab, 0xcd, 0xef, 0xab, 0xcd)),
                Arguments.of("ab:cd:ef:AB:CD:EF:ab:cd:ef:AB:CD:EF:ab:cd:ef:AB:CD:EF:ab:cd", hw(
                        0xab, 0xcd, 0xef, 0xab,
                        0xcd, 0xef, 0xab, 0xcd, 0xef, 0xab, 0xcd, 0xef,
                        0xab, 0xcd, 0xef, 0xab, 0xcd, 0xef, 0xab, 0xcd)));
    }

    @ParameterizedTest
    @MethodSource("parseMACTests")
    void parseMAC(String in, HardwareAddr want) throws AddrException {
        HardwareAddr out = Net.parseMAC(in);
        assertEquals(want, out);
        // Go's test: the string form parses back to the same address
        assertEquals(out, Net.parseMAC(out.toString()));
    }

    /** Go's {@code parseMACTests}, invalid inputs, then cases Go misses. */
    static Stream<String> badMACTests() {
        return Stream.of(
                "01.02.03.04.05.06",
                "01:02:03:04:05:06:",
                "x1:02:03:04:05:06",
                "01002:03:04:05:06",
                "01:02003:04:05:06",
                "01:02:03004:05:06",
                "01:02:03:04005:06",
                "01:02:03:04:05006",
                "01-02:03:04:05:06",
                "01:02-03-04-05-06",
                "0123:4567:89AF",
                "0123-4567-89AF",
                "0123456789AF0",
                // cases Go's table misses
                "",
                "01:02:03:04:05",
                "01:02:03:04:05:06:07",
                "0123.4567.89ag",
                "0123.4567-89ab",
                "0123.4567.89ab.",
                "0123456789ag",
                "0123456789abcd",
                "01:02:03:04:05:0\u0661",
                "+1:02:03:04:05:06");
    }

    @ParameterizedTest
    @MethodSource("badMACTests")
    void badMAC(String in) {
        AddrException e = assertThrows(AddrException.class, () -> Net.parseMAC(in));
        assertEquals("invalid MAC address", e.err());
        assertEquals(in, e.addr());
    }

    @Test
    void badMACMessage() {
        AddrException e = assertThrows(AddrException.class, () -> Net.parseMAC("01:02:03:04:05"));
        assertEquals("address 01:02:03:04:05: invalid MAC address", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Net.parseMAC(null));
    }

    @Test
    void string() {
        assertEquals("", hw().toString());
        assertEquals("0a", hw(0x0a).toString());
        assertEquals("00:00:5e:00:53:01", hw(0x00, 0x00, 0x5e, 0x00, 0x53, 0x01).toString());
        assertEquals("ff:fe", hw(0xff, 0xfe).toString());
    }
}
