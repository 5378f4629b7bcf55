package net.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.api.DNSException;
import net.api.MX;
import net.api.NS;
import net.api.SRV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The answer checks of Go's {@code lookup.go} (LookupCNAME, LookupSRV, LookupNS, LookupAddr). */
class AnswerCheckTest {

    @Test
    void cnameThatIsANameIsKept() throws DNSException {
        assertEquals("target.example.com.", AnswerCheck.cname("alias.example.com", "target.example.com."));
    }

    @Test
    void cnameThatIsNoNameFailsNamingTheHost() {
        DNSException e = assertThrows(DNSException.class, () -> AnswerCheck.cname("alias.example.com", "<html>.example.com."));
        assertEquals("lookup alias.example.com: DNS response contained records which contain invalid names", e.getMessage());
        assertEquals("alias.example.com", e.name());
        assertFalse(e.isNotFound());
        assertFalse(e.timeout());
        assertFalse(e.temporary());
    }

    @Test
    void srvWithInvalidHeaderFailsWhole() {
        DNSException e = assertThrows(DNSException.class,
                () -> AnswerCheck.srv("_x._tcp.example.com", "<bad>.", List.of(new SRV("good.example.com.", 1, 1, 1))));
        assertEquals("lookup _x._tcp.example.com: SRV header name is invalid", e.getMessage());
    }

    @Test
    void srvWithEmptyHeaderIsFine() throws DNSException {
        AnswerCheck.Checked<SRV> got = AnswerCheck.srv("_x._tcp.example.com", "", List.of(new SRV("good.example.com.", 1, 1, 1)));
        assertEquals(List.of(new SRV("good.example.com.", 1, 1, 1)), got.valid());
        assertTrue(got.error().isEmpty());
    }

    @Test
    void srvTargetsThatAreNoNamesAreDroppedAndReported() throws DNSException {
        SRV good = new SRV("good.example.com.", 80, 1, 2);
        SRV bad = new SRV("bad target.", 80, 1, 2);
        AnswerCheck.Checked<SRV> got = AnswerCheck.srv("_x._tcp.example.com", "_x._tcp.example.com.",
                Arrays.asList(bad, good, null));
        assertEquals(List.of(good), got.valid());
        assertEquals("lookup _x._tcp.example.com: DNS response contained records which contain invalid names",
                got.error().orElseThrow().getMessage());
    }

    /** Go's LookupMX: a name, or an IP literal without zone after one trailing dot is removed. */
    static Stream<Arguments> mxHosts() {
        return Stream.of(
                Arguments.of("mail.example.com.", true),
                Arguments.of("192.0.2.1.", true),
                Arguments.of("192.0.2.1", true),
                Arguments.of("2001:db8::1.", true),
                Arguments.of("2001:db8::1", true),
                Arguments.of("fe80::1%eth0.", false),
                Arguments.of("fe80::1%eth0", false),
                Arguments.of("192.0.2.1..", false),
                Arguments.of("mail example.com.", false),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "MX host {0}: kept {1}")
    @MethodSource("mxHosts")
    void mxHosts(String host, boolean kept) {
        AnswerCheck.Checked<MX> got = AnswerCheck.mx("example.com", List.of(new MX(host, 10), new MX("mx.example.com.", 20)));
        assertEquals(kept ? List.of(new MX(host, 10), new MX("mx.example.com.", 20)) : List.of(new MX("mx.example.com.", 20)), got.valid());
        assertEquals(!kept, got.error().isPresent());
    }

    @Test
    void nsHostsThatAreNoNamesAreDropped() {
        AnswerCheck.Checked<NS> got = AnswerCheck.ns("example.com", List.of(new NS("ns1.example.com."), new NS("-ns2.example.com.")));
        assertEquals(List.of(new NS("ns1.example.com.")), got.valid());
        assertEquals("example.com", got.error().orElseThrow().name());
    }

    @Test
    void nsAllValidHasNoError() {
        AnswerCheck.Checked<NS> got = AnswerCheck.ns("example.com", List.of(new NS("ns1.example.com.")));
        assertTrue(got.error().isEmpty());
    }

    @Test
    void addrNamesThatAreNoNamesAreDroppedAndTheErrorNamesTheAddress() {
        AnswerCheck.Checked<String> got = AnswerCheck.addr("127.0.0.1", List.of("localhost", "1.0.0.127.in-addr.arpa..", "host.example."));
        assertEquals(List.of("localhost", "host.example."), got.valid());
        assertEquals("lookup 127.0.0.1: DNS response contained records which contain invalid names",
                got.error().orElseThrow().getMessage());
    }

    @Test
    void missingArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnswerCheck.ns("example.com", null));
        assertEquals("records is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AnswerCheck.cname(null, "x."));
        assertEquals("host is null", e.getMessage());
    }
}
