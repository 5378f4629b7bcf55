package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link IPLiteral} against the text Go 1.27's {@code netip.ParseAddr(s).String()} gives. */
class IPLiteralTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "ERR", value = {
        "::ffff:1.2.3.4|::ffff:1.2.3.4",
        "::ffff:1.2.3.4%eth0|::ffff:1.2.3.4%eth0",
        "::ffff:0102:0304|::ffff:1.2.3.4",
        "::1.2.3.4|::102:304",
        "1:0:0:1:0:0:0:1|1:0:0:1::1",
        "1:0:0:0:1:0:0:1|1::1:0:0:1",
        "0:0:1::|0:0:1::",
        "::|::",
        "1::|1::",
        "1.2.3.4%x|ERR",
        "fe80::1%|ERR",
        "%x|ERR",
        "1:2:3:4:5:6:7::|1:2:3:4:5:6:7:0",
        "1:2:3:4:5:6:7:8::|ERR",
        "::1:2:3:4:5:6:7|0:1:2:3:4:5:6:7",
        "::1:2:3:4:5:6:7:8|ERR",
        "FE80::ABCD|fe80::abcd",
        "01.2.3.4|ERR",
        "1.2.3.04|ERR",
        "0.0.0.0|0.0.0.0",
        "1:2:3:4:5:6:1.2.3.4|1:2:3:4:5:6:102:304",
        "1:2:3:4:5:1.2.3.4|ERR",
        "::1.2.3|ERR",
        "00001::|ERR",
        "0001::|1::",
        "1::2::3|ERR",
        ":1::|ERR",
        "1:|ERR",
        "::%z|::%z",
        "fe80::1%a%b|fe80::1%a%b",
        "１.2.3.4|ERR",
        "fe80:0000:0000:0000:0000:0000:0000:0002%lo0|fe80::2%lo0",
        "1:1.2.3.4::|ERR",
        "1.2.3.4::|ERR",
        "1:::2|ERR",
        "1:::|ERR",
        "1:2:3:4:5:6:7::1.2.3.4|ERR",
        "1::1.2.3.4|1::102:304",
        "256.1.1.1|ERR",
        "1.2.3.4.5|ERR",
        "1.2.3|ERR",
        "localhost|ERR",
        "1:2:3:4:5:6:7:8:9|ERR",
        "12345::|ERR",
        "g::|ERR",
        "::ffff:1.2.3.4.5|ERR",
    })
    void canonicalTextAsNetip(String in, String want) {
        assertEquals(Optional.ofNullable(want), IPLiteral.canonical(in));
    }
}
