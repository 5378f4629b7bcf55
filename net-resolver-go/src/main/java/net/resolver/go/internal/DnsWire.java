package net.resolver.go.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;

/**
 * The DNS messages of Go's client ({@code dnsclient_unix.go}: {@code newRequest},
 * {@code checkResponse}, {@code checkHeader}, {@code skipToAnswer},
 * {@code extractExtendedRCode}), built and read with dnsjava's codec. Nothing here does I/O.
 */
final class DnsWire {

    /** Go's {@code maxDNSPacketSize}: the EDNS0 payload size advertised, and the UDP read buffer. */
    static final int MAX_PACKET_SIZE = 1232;

    private DnsWire() {
    }

    /**
     * One query: its ID, its question, and its bytes as a datagram.
     *
     * @param id the random 16-bit ID
     * @param name the rooted name asked for
     * @param type the record type asked for ({@link org.xbill.DNS.Type})
     * @param packet the message
     */
    record Query(int id, Name name, int type, byte[] packet) {

        /** The message as TCP carries it: a two-byte big-endian length, then the message. */
        byte[] framed() {
            byte[] b = new byte[packet.length + 2];
            b[0] = (byte) (packet.length >> 8);
            b[1] = (byte) packet.length;
            System.arraycopy(packet, 0, b, 2, packet.length);
            return b;
        }
    }

    /**
     * Go's {@code newRequest}: a query for {@code fqdn} (rooted) and {@code type}, class IN, with
     * ID {@code id}, recursion desired, AD set when {@code trustAD}, and, when {@code edns0}, an
     * EDNS0 OPT record advertising {@link #MAX_PACKET_SIZE} bytes.
     *
     * @throws DnsFault.FaultException {@link DnsFault#CANNOT_MARSHAL} when {@code fqdn} is not a name
     */
    static Query query(String fqdn, int type, boolean trustAD, boolean edns0, int id) throws DnsFault.FaultException {
        Name name;
        try {
            name = Name.fromString(fqdn);
        } catch (TextParseException e) {
            throw DnsFault.CANNOT_MARSHAL.exception();
        }
        if (!name.isAbsolute()) {
            throw DnsFault.CANNOT_MARSHAL.exception();
        }
        Message m = new Message(id);
        m.getHeader().setFlag(Flags.RD);
        if (trustAD) {
            m.getHeader().setFlag(Flags.AD);
        }
        m.addRecord(Record.newRecord(name, type, DClass.IN), Section.QUESTION);
        if (edns0) {
            m.addRecord(new OPTRecord(MAX_PACKET_SIZE, 0, 0, 0), Section.ADDITIONAL);
        }
        return new Query(id, name, type, m.toWire());
    }

    /**
     * Go's {@code checkResponse}: whether {@code reply} is a response to {@code q}: the QR bit
     * set, the same ID, and a first question of the same type, class and name (ASCII case
     * ignored).
     *
     * @throws IOException when the header or the first question does not parse
     */
    static boolean answers(Query q, byte[] reply) throws IOException {
        Header h = new Header(reply);
        if (!h.getFlag(Flags.QR) || h.getID() != q.id() || h.getCount(Section.QUESTION) == 0) {
            return false;
        }
        DNSInput in = new DNSInput(reply);
        in.jump(Header.LENGTH);
        Name name = new Name(in);
        int type = in.readU16();
        int dclass = in.readU16();
        return type == q.type() && dclass == DClass.IN && name.equals(q.name());
    }

    /** The header of a reply that {@link #answers} accepted. */
    static Header header(byte[] reply) throws IOException {
        return new Header(reply);
    }

    /**
     * The whole reply.
     *
     * @throws DnsFault.FaultException {@link DnsFault#CANNOT_UNMARSHAL} when it does not parse
     */
    static Message parse(byte[] reply) throws DnsFault.FaultException {
        try {
            return new Message(reply);
        } catch (IOException e) {
            throw DnsFault.CANNOT_UNMARSHAL.exception();
        }
    }

    /**
     * Go's {@code checkHeader}: NXDOMAIN is {@link DnsFault#NO_SUCH_HOST}; a successful reply
     * with no answer, no additional record, and neither AA nor RA is a
     * {@link DnsFault#LAME_REFERRAL}; SERVFAIL is temporary misbehaviour and every other code
     * plain misbehaviour. The code is the extended one when there is an OPT record.
     */
    static void checkHeader(Message m) throws DnsFault.FaultException {
        int rcode = m.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            throw DnsFault.NO_SUCH_HOST.exception();
        }
        Header h = m.getHeader();
        if (rcode == Rcode.NOERROR && !h.getFlag(Flags.AA) && !h.getFlag(Flags.RA)
                && m.getSection(Section.ANSWER).isEmpty() && m.getSection(Section.ADDITIONAL).isEmpty()) {
            throw DnsFault.LAME_REFERRAL.exception();
        }
        if (rcode == Rcode.SERVFAIL) {
            throw DnsFault.SERVER_TEMPORARILY_MISBEHAVING.exception();
        }
        if (rcode != Rcode.NOERROR) {
            throw DnsFault.SERVER_MISBEHAVING.exception();
        }
    }

    /**
     * Go's {@code skipToAnswer} and the reading after it: the answer records from the first one
     * of {@code type} on (what comes before it, CNAMEs for instance, is skipped as Go's parser
     * skips it).
     *
     * @throws DnsFault.FaultException {@link DnsFault#NO_SUCH_HOST} when no answer has that type
     */
    static List<Record> answersFrom(Message m, int type) throws DnsFault.FaultException {
        List<Record> answers = m.getSection(Section.ANSWER);
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).getType() == type) {
                return answers.subList(i, answers.size());
            }
        }
        throw DnsFault.NO_SUCH_HOST.exception();
    }

    /**
     * A name as Go's {@code dnsmessage.Name.String} gives it: each label's bytes as they are,
     * unescaped (one char per byte), each followed by a dot; the root is {@code "."}. Names
     * with odd bytes thus keep them, and the front end's name check rejects them, as Go's does.
     */
    static String text(Name name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.labels(); i++) {
            byte[] label = name.getLabel(i);
            int length = label[0] & 0xff;
            if (length == 0) {
                break;
            }
            sb.append(new String(label, 1, length, StandardCharsets.ISO_8859_1)).append('.');
        }
        return sb.isEmpty() ? "." : sb.toString();
    }
}
