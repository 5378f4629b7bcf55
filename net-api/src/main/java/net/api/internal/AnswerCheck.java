package net.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.api.DNSException;
import net.api.MX;
import net.api.NS;
import net.api.SRV;
import net.api.dnsname.DnsName;

/**
 * The checks that Go's lookup front-end ({@code lookup.go}) applies to a resolver's answers
 * before handing them out: every name in a CNAME, SRV, MX, NS or PTR answer must be a domain
 * name ({@link DnsName#isDomainName}; an MX host may also be an IP address); records that fail
 * are dropped and reported.
 */
public final class AnswerCheck {

    /** Go's {@code errMalformedDNSRecordsDetail}. */
    public static final String MALFORMED_RECORDS = "DNS response contained records which contain invalid names";

    /** Go's text for an SRV answer whose owner name is not a domain name. */
    public static final String SRV_HEADER_INVALID = "SRV header name is invalid";

    /**
     * The records that passed and, when some did not, the error Go returns beside them
     * ({@link #MALFORMED_RECORDS}, not a timeout, not temporary, not "not found").
     */
    public record Checked<T>(List<T> valid, Optional<DNSException> error) {

        /** Copies {@code valid}. */
        public Checked {
            valid = List.copyOf(valid);
        }
    }

    private AnswerCheck() {
    }

    /** Go's {@code LookupCNAME} check: {@code cname}, or the error naming {@code host}. */
    public static String cname(String host, String cname) throws DNSException {
        Args.notNull(host, "host");
        if (!isName(cname)) {
            throw malformed(MALFORMED_RECORDS, host);
        }
        return cname;
    }

    /**
     * Go's {@code LookupSRV} check: an invalid (non-empty) {@code cname} rejects the whole
     * answer; targets that are not domain names are dropped.
     */
    public static Checked<SRV> srv(String name, String cname, List<SRV> records) throws DNSException {
        Args.notNull(name, "name");
        Args.notNull(cname, "cname");
        Args.notNull(records, "records");
        if (!cname.isEmpty() && !DnsName.isDomainName(cname)) {
            throw malformed(SRV_HEADER_INVALID, name);
        }
        return keep(name, records, srv -> isName(srv.target()));
    }

    /**
     * Go's {@code LookupMX} check: a host must be a domain name or, with one trailing dot
     * removed (as such answers are seen in practice), an IP address literal without a zone;
     * other records are dropped.
     */
    public static Checked<MX> mx(String name, List<MX> records) {
        Args.notNull(name, "name");
        Args.notNull(records, "records");
        return keep(name, records, mx -> isName(mx.host())
                || mx.host() != null && IPParser.parseIP(trimDot(mx.host())).isPresent());
    }

    private static String trimDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Go's {@code LookupNS} check: hosts that are not domain names are dropped. */
    public static Checked<NS> ns(String name, List<NS> records) {
        Args.notNull(name, "name");
        Args.notNull(records, "records");
        return keep(name, records, ns -> isName(ns.host()));
    }

    /** Go's {@code LookupAddr} check: names that are not domain names are dropped; errors name {@code addr}. */
    public static Checked<String> addr(String addr, List<String> names) {
        Args.notNull(addr, "addr");
        Args.notNull(names, "names");
        return keep(addr, names, AnswerCheck::isName);
    }

    /** The elements that are present and pass {@code ok}; a missing element counts as failed, as Go's nil. */
    private static <T> Checked<T> keep(String name, List<T> records, Predicate<T> ok) {
        List<T> valid = new ArrayList<>(records.size());
        for (T record : records) {
            if (record != null && ok.test(record)) {
                valid.add(record);
            }
        }
        Optional<DNSException> error = valid.size() == records.size()
                ? Optional.empty()
                : Optional.of(malformed(MALFORMED_RECORDS, name));
        return new Checked<>(valid, error);
    }

    private static boolean isName(String s) {
        return s != null && DnsName.isDomainName(s);
    }

    private static DNSException malformed(String err, String name) {
        return new DNSException(err, name, "", false, false, false);
    }
}
