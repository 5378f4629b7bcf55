package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import net.api.dnsname.DnsName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** The bytes of Go's queries ({@code newRequest}) and its reading of replies ({@code checkResponse}, {@code checkHeader}). */
class DnsWireTest {

    @Test
    void queryBytesAreGos() throws IOException {
        DnsWire.Query q = DnsWire.query("go.dev.", Type.AAAA, false, true, 0x1234);
        byte[] want = {
            0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1, // ID, RD, one question, one additional
            2, 'g', 'o', 3, 'd', 'e', 'v', 0, 0, 28, 0, 1,   // go.dev. AAAA IN
            0, 0, 41, 0x04, (byte) 0xd0, 0, 0, 0, 0, 0, 0,   // OPT: payload 1232, rcode 0, version 0, DO 0, no options
        };
        assertArrayEquals(want, q.packet());
        byte[] framed = q.framed();
        assertEquals(0, framed[0]);
        assertEquals(want.length, framed[1]);
        assertEquals(want.length + 2, framed.length);
        byte[] trustAD = DnsWire.query("go.dev.", Type.A, true, true, 1).packet();
        assertEquals(0x01, trustAD[2], "RD");
        assertEquals(0x20, trustAD[3], "AD with trust-ad");
    }

    @Test
    void unrootedOrUnparsableNamesCannotBeMarshalled() {
        for (String bad : new String[] {"go.dev", "a..b.", "x".repeat(64) + "."}) {
            DnsFault.FaultException e = assertThrows(DnsFault.FaultException.class, () -> DnsWire.query(bad, Type.A, false, true, 1));
            assertEquals(DnsFault.CANNOT_MARSHAL, e.fault());
        }
    }

    @Test
    void answersChecksResponseIdAndQuestion() throws IOException {
        DnsWire.Query q = DnsWire.query("go.dev.", Type.A, false, true, 7);
        Message reply = new Message(q.packet());
        reply.getHeader().setFlag(Flags.QR);
        assertTrue(DnsWire.answers(q, reply.toWire()));
        reply.getHeader().setID(8);
        assertFalse(DnsWire.answers(q, reply.toWire()), "another ID");
        reply.getHeader().setID(7);
        reply.getHeader().unsetFlag(Flags.QR);
        assertFalse(DnsWire.answers(q, reply.toWire()), "not a response");
        assertFalse(DnsWire.answers(DnsWire.query("go.dev.", Type.AAAA, false, true, 7), new Message(q.packet()).toWire()));
        assertThrows(IOException.class, () -> DnsWire.answers(q, new byte[5]));
    }

    static Stream<Arguments> checkHeader() {
        return Stream.of(
                Arguments.of(Rcode.NXDOMAIN, false, false, false, false, DnsFault.NO_SUCH_HOST),
                Arguments.of(Rcode.NOERROR, false, false, false, false, DnsFault.LAME_REFERRAL),
                Arguments.of(Rcode.NOERROR, false, false, false, true, null), // an additional record: not lame
                Arguments.of(Rcode.NOERROR, true, false, false, false, null),
                Arguments.of(Rcode.NOERROR, false, true, false, false, null),
                Arguments.of(Rcode.NOERROR, false, false, true, false, null),
                Arguments.of(Rcode.SERVFAIL, false, true, false, false, DnsFault.SERVER_TEMPORARILY_MISBEHAVING),
                Arguments.of(Rcode.REFUSED, false, true, false, false, DnsFault.SERVER_MISBEHAVING),
                Arguments.of(Rcode.FORMERR, false, true, false, false, DnsFault.SERVER_MISBEHAVING),
                Arguments.of(Rcode.NOTIMP, false, true, false, false, DnsFault.SERVER_MISBEHAVING));
    }

    @ParameterizedTest
    @MethodSource
    void checkHeader(int rcode, boolean aa, boolean ra, boolean answer, boolean additional, DnsFault want) throws IOException {
        Message m = new Message(DnsWire.query("go.dev.", Type.A, false, true, 1).packet());
        m.removeAllRecords(Section.ADDITIONAL);
        m.getHeader().setFlag(Flags.QR);
        m.getHeader().setRcode(rcode);
        if (aa) {
            m.getHeader().setFlag(Flags.AA);
        }
        if (ra) {
            m.getHeader().setFlag(Flags.RA);
        }
        if (answer) {
            m.addRecord(Records.a("go.dev.", "192.0.2.1"), Section.ANSWER);
        }
        if (additional) {
            m.addRecord(new OPTRecord(1232, 0, 0), Section.ADDITIONAL);
        }
        Message parsed = DnsWire.parse(m.toWire());
        if (want == null) {
            DnsWire.checkHeader(parsed);
        } else {
            assertEquals(want, assertThrows(DnsFault.FaultException.class, () -> DnsWire.checkHeader(parsed)).fault());
        }
    }

    @Test
    void nameTextKeepsOddBytesUnescaped() {
        assertEquals(".", DnsWire.text(Records.name(".")));
        assertEquals("go.dev.", DnsWire.text(Records.name("go.dev.")));
        assertEquals("a b.example.", DnsWire.text(Records.name("a\\032b.example.")));
        assertFalse(DnsName.isDomainName(DnsWire.text(Records.name("a\\032b.example."))));
    }
}
