package net.resolver.go.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import net.api.IPAddr;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TXTRecord;

/** Answer records for test scripts; addresses are literals, never resolved. */
final class Records {

    private static final long TTL = 60;

    private Records() {
    }

    static Name name(String s) {
        return Name.fromConstantString(s);
    }

    private static InetAddress literal(String ip) {
        try {
            return IPAddr.parse(ip).orElseThrow().ip().toInetAddress();
        } catch (IOException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    static Record a(String owner, String ip) {
        return new ARecord(name(owner), DClass.IN, TTL, literal(ip));
    }

    static Record aaaa(String owner, String ip) {
        return new AAAARecord(name(owner), DClass.IN, TTL, literal(ip));
    }

    static Record cname(String owner, String target) {
        return new CNAMERecord(name(owner), DClass.IN, TTL, name(target));
    }

    static Record mx(String owner, int pref, String host) {
        return new MXRecord(name(owner), DClass.IN, TTL, pref, name(host));
    }

    static Record ns(String owner, String host) {
        return new NSRecord(name(owner), DClass.IN, TTL, name(host));
    }

    static Record srv(String owner, int priority, int weight, int port, String target) {
        return new SRVRecord(name(owner), DClass.IN, TTL, priority, weight, port, name(target));
    }

    static Record ptr(String owner, String target) {
        return new PTRRecord(name(owner), DClass.IN, TTL, name(target));
    }

    static Record txt(String owner, String... strings) {
        return new TXTRecord(name(owner), DClass.IN, TTL, List.of(strings));
    }
}
