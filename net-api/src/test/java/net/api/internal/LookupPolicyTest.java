package net.api.internal;

import static net.api.spi.LookupOrder.CGO;
import static net.api.spi.LookupOrder.DNS;
import static net.api.spi.LookupOrder.DNS_FILES;
import static net.api.spi.LookupOrder.FILES;
import static net.api.spi.LookupOrder.FILES_DNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.api.spi.SystemResolverConfig.FileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import net.api.spi.LookupOrder;

/**
 * Go's {@code conf_test.go} ({@code TestConfHostLookupOrder}, {@code TestAddrLookupOrder}) with
 * the nsswitch.conf and resolv.conf of each case as facts, plus cases Go misses.
 */
class LookupPolicyTest {

    /** Go's {@code conf{}} on a system with both resolvers (Go's tests leave GOOS empty; ours say linux). */
    private static ResolverConf conf() {
        return conf(false, false, false, "linux");
    }

    private static ResolverConf conf(boolean netGo, boolean netCgo, boolean preferCgo, String goos) {
        return new ResolverConf(true, true, netGo, netCgo, preferCgo, 0, goos);
    }

    private static FakeSystemConfig sys() {
        return FakeSystemConfig.defaults();
    }

    /** One Go test case: a configuration and its host tests (host, local host name, order). */
    private static final class Case {
        final String name;
        final ResolverConf conf;
        final boolean preferGo;
        final FakeSystemConfig system;
        final List<Arguments> rows = new ArrayList<>();

        Case(String name, ResolverConf conf, boolean preferGo, FakeSystemConfig system) {
            this.name = name;
            this.conf = conf;
            this.preferGo = preferGo;
            this.system = system;
        }

        Case host(String host, String localhost, LookupOrder want) {
            rows.add(Arguments.of(name, new PolicyInputs(conf, preferGo, false, system.withHostname(localhost)), host, want));
            return this;
        }

        Case host(String host, LookupOrder want) {
            return host(host, "myhostname", want);
        }
    }

    /** {@code TestConfHostLookupOrder}, every case in Go's order. */
    static Stream<Arguments> goConfHostLookupOrder() {
        return Stream.of(
                new Case("force", conf(false, true, true, "linux"), false, sys().withHosts(""))
                        .host("foo.local", CGO).host("google.com", CGO),
                new Case("netgo_dns_before_files", conf(true, false, false, "linux"), false, sys().withHosts("dns files"))
                        .host("x.com", DNS_FILES),
                new Case("netgo_fallback_on_cgo", conf(true, false, false, "linux"), false, sys().withHosts("dns files something_custom"))
                        .host("x.com", DNS_FILES),
                // "hosts: files mdns4_minimal [NOTFOUND=return] dns mdns4": the criterion is standard.
                new Case("ubuntu_trusty_avahi", conf(), false, sys().withHosts("files mdns4_minimal dns mdns4"))
                        .host("foo.local", CGO).host("foo.local.", CGO).host("foo.LOCAL", CGO).host("foo.LOCAL.", CGO)
                        .host("google.com", FILES_DNS),
                // "foo: bar": nsswitch.conf read, no hosts line.
                new Case("freebsdlinux_no_resolv_conf", conf(false, false, false, "freebsd"), false, sys().withHosts(""))
                        .host("google.com", FILES_DNS),
                new Case("openbsd_no_resolv_conf", conf(false, false, false, "openbsd"), false, sys())
                        .host("google.com", FILES),
                new Case("solaris_no_nsswitch", conf(false, false, false, "solaris"), false, sys())
                        .host("google.com", CGO),
                new Case("openbsd_lookup_bind_file", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "bind", "file"))
                        .host("google.com", DNS_FILES).host("foo.local", DNS_FILES),
                new Case("openbsd_lookup_file_bind", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "file", "bind"))
                        .host("google.com", FILES_DNS),
                new Case("openbsd_lookup_bind", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "bind"))
                        .host("google.com", DNS),
                new Case("openbsd_lookup_file", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "file"))
                        .host("google.com", FILES),
                new Case("openbsd_lookup_yp", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "file", "bind", "yp"))
                        .host("google.com", CGO),
                new Case("openbsd_lookup_two", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "file", "foo"))
                        .host("google.com", CGO),
                new Case("openbsd_lookup_empty", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false))
                        .host("google.com", DNS_FILES),
                new Case("linux_no_nsswitch.conf", conf(), false, sys().withNsswitch(FileStatus.NOT_FOUND))
                        .host("google.com", FILES_DNS),
                new Case("linux_empty_nsswitch.conf", conf(), false, sys().withHosts(""))
                        .host("google.com", FILES_DNS),
                new Case("files_mdns_dns", conf(), false, sys().withHosts("files mdns dns"))
                        .host("x.com", FILES_DNS).host("x.local", CGO),
                new Case("dns_special_hostnames", conf(), false, sys().withHosts("dns"))
                        .host("x.com", DNS).host("x\\.com", CGO).host("foo.com%en0", CGO),
                new Case("mdns_allow", conf(), false, sys().withHosts("files mdns dns").withMdnsAllow(FileStatus.READ))
                        .host("x.com", CGO).host("x.local", CGO),
                new Case("files_dns", conf(), false, sys().withHosts("files dns"))
                        .host("x.com", FILES_DNS).host("x", FILES_DNS).host("x.local", FILES_DNS),
                new Case("dns_files", conf(), false, sys().withHosts("dns files"))
                        .host("x.com", DNS_FILES).host("x", DNS_FILES).host("x.local", DNS_FILES),
                new Case("something_custom", conf(), false, sys().withHosts("dns files something_custom"))
                        .host("x.com", CGO),
                new Case("myhostname", conf(), false, sys().withHosts("files dns myhostname"))
                        .host("x.com", FILES_DNS)
                        .host("myhostname", CGO)
                        .host("myHostname", CGO)
                        .host("myhostname.dot", "myhostname.dot", CGO)
                        .host("myHostname.dot", "myhostname.dot", CGO)
                        .host("_gateway", CGO)
                        .host("_Gateway", CGO)
                        .host("_outbound", CGO)
                        .host("_Outbound", CGO)
                        .host("localhost", CGO)
                        .host("Localhost", CGO)
                        .host("anything.localhost", CGO)
                        .host("Anything.localhost", CGO)
                        .host("localhost.localdomain", CGO)
                        .host("Localhost.Localdomain", CGO)
                        .host("anything.localhost.localdomain", CGO)
                        .host("Anything.Localhost.Localdomain", CGO)
                        .host("somehostname", FILES_DNS),
                // "hosts: files myhostname mdns4_minimal [NOTFOUND=return] dns mdns4"
                new Case("ubuntu14.04.02", conf(), false, sys().withHosts("files myhostname mdns4_minimal dns mdns4"))
                        .host("x.com", FILES_DNS).host("somehostname", FILES_DNS).host("myhostname", CGO),
                // "hosts: dns [success=return notfound=continue unavail=continue tryagain=continue]
                // files [notfound=return]": both criteria are standard.
                new Case("debian_squeeze", conf(), false, sys().withHosts("dns files"))
                        .host("x.com", DNS_FILES).host("somehostname", DNS_FILES),
                new Case("resolv.conf-unknown", conf(), false, sys().withResolvConf(FileStatus.READ, true).withHosts(""))
                        .host("google.com", CGO),
                new Case("resolver-prefergo", conf(false, true, true, "linux"), true, sys().withHosts(""))
                        .host("localhost", FILES_DNS),
                new Case("unknown-source", conf(), true, sys().withHosts("resolve files"))
                        .host("x.com", DNS_FILES),
                new Case("dns-among-unknown-sources", conf(), true, sys().withHosts("mymachines files dns"))
                        .host("x.com", FILES_DNS),
                new Case("dns-among-unknown-sources-2", conf(), true, sys().withHosts("dns mymachines files"))
                        .host("x.com", DNS_FILES))
                .flatMap(c -> c.rows.stream());
    }

    /**
     * Cases Go's table misses, each checked against Go 1.27's own conf.go with
     * {@code src/test/go/confcompare/extra_conf_test.go} (but the mdns.allow error, which Go's
     * test hook cannot produce).
     */
    static Stream<Arguments> moreHostLookupOrder() {
        ResolverConf goForced = conf(true, false, false, "linux");
        ResolverConf onlyGo = new ResolverConf(true, false, true, false, false, 0, "linux");
        return Stream.of(
                new Case("resolv.conf unreadable", conf(), false, sys().withResolvConf(FileStatus.FAILED, false))
                        .host("x.com", CGO),
                new Case("resolv.conf unreadable, Go forced", goForced, false, sys().withResolvConf(FileStatus.FAILED, false))
                        .host("x.com", FILES_DNS),
                new Case("resolv.conf unknown option, Go forced", goForced, false, sys().withResolvConf(FileStatus.READ, true).withHosts("dns"))
                        .host("x.com", DNS),
                new Case("resolv.conf permission denied", conf(), false, sys().withResolvConf(FileStatus.PERMISSION_DENIED, false).withHosts("files"))
                        .host("x.com", FILES),
                new Case("nsswitch.conf unreadable", conf(), false, sys().withNsswitch(FileStatus.FAILED))
                        .host("x.com", CGO),
                new Case("nsswitch.conf permission denied", conf(), false, sys().withNsswitch(FileStatus.PERMISSION_DENIED))
                        .host("x.com", CGO),
                new Case("nsswitch.conf unreadable, Go forced", goForced, false, sys().withNsswitch(FileStatus.FAILED))
                        .host("x.com", FILES_DNS),
                new Case("non-standard criteria", conf(), false, sys().withHosts("files [!] dns"))
                        .host("x.com", CGO),
                new Case("non-standard criteria, Go forced", goForced, false, sys().withHosts("files [!] dns"))
                        .host("x.com", FILES_DNS),
                new Case("mdns.allow cannot be checked", conf(), false, sys().withHosts("files mdns4_minimal dns").withMdnsAllow(FileStatus.FAILED))
                        .host("x.com", CGO),
                new Case("host name unknown", conf(), false, sys().withHosts("files myhostname dns"))
                        .host("x.com", null, CGO),
                new Case("only the Go resolver", onlyGo, false, sys().withHosts("files mdns4_minimal myhostname dns"))
                        .host("foo.local", FILES_DNS).host("localhost", FILES_DNS).host("x\\.com", FILES_DNS),
                new Case("Go forced, unknown sources only", goForced, false, sys().withHosts("resolve mymachines"))
                        .host("x.com", DNS),
                new Case("Go forced, unknown source after files", goForced, false, sys().withHosts("files resolve"))
                        .host("x.com", FILES_DNS),
                new Case("Go forced, files only", goForced, false, sys().withHosts("files"))
                        .host("x.com", FILES),
                new Case("solaris, no hosts line", conf(false, false, false, "solaris"), false, sys().withHosts(""))
                        .host("x.com", CGO),
                new Case("solaris, Go forced", conf(true, false, false, "solaris"), false, sys())
                        .host("x.com", FILES_DNS),
                new Case("openbsd, unknown resolv.conf option", conf(false, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, true, "file"))
                        .host("x.com", CGO),
                new Case("openbsd, Go forced, lookup yp", conf(true, false, false, "openbsd"), false,
                        sys().withResolvConf(FileStatus.READ, false, "yp"))
                        .host("x.com", FILES_DNS),
                new Case("windows prefers the system's resolver", conf(false, false, true, "windows"), false, sys().withHosts("dns"))
                        .host("x.com", CGO),
                new Case("windows, Go forced, no files consulted", conf(true, false, true, "windows"), false, sys().withHosts("dns"))
                        .host("x.com", FILES_DNS),
                new Case("darwin prefers the system's resolver", conf(false, false, true, "darwin"), false, sys())
                        .host("x.com", CGO),
                new Case("darwin, PreferGo", conf(false, false, true, "darwin"), true, sys())
                        .host("x.com", FILES_DNS),
                new Case("trailing dot stripped before myhostname", conf(), false, sys().withHosts("files myhostname dns"))
                        .host("myhostname.", CGO).host("localhost.", CGO))
                .flatMap(c -> c.rows.stream());
    }

    @ParameterizedTest(name = "{0}: hostLookupOrder({2}) = {3}")
    @MethodSource({"goConfHostLookupOrder", "moreHostLookupOrder"})
    void hostLookupOrder(String name, PolicyInputs in, String host, LookupOrder want) {
        assertEquals(want, LookupPolicy.hostLookupOrder(in, host).order());
    }

    /** {@code TestAddrLookupOrder}: a reverse lookup has no name, so myhostname and mdns sources are unknown ones. */
    static Stream<Arguments> goAddrLookupOrder() {
        return Stream.of(
                Arguments.of("files myhostname dns", CGO),
                Arguments.of("files mdns4 dns", CGO),
                // Ours: with only files and dns, the pure resolver serves it.
                Arguments.of("files dns", FILES_DNS));
    }

    @ParameterizedTest(name = "hosts: {0}: addrLookupOrder = {1}")
    @MethodSource("goAddrLookupOrder")
    void addrLookupOrder(String hosts, LookupOrder want) {
        PolicyInputs in = new PolicyInputs(conf(), false, false, sys().withHosts(hosts));
        assertEquals(want, LookupPolicy.addrLookupOrder(in, "192.0.2.1").order());
    }

    @Test
    void plan9UsesTheGoResolverOnlyForAResolverWithItsOwnDial() {
        ResolverConf plan9 = new ResolverConf(true, true, false, false, true, 0, "plan9");
        assertEquals(CGO, LookupPolicy.hostLookupOrder(new PolicyInputs(plan9, true, false, sys()), "x.com").order());
        assertEquals(FILES_DNS, LookupPolicy.hostLookupOrder(new PolicyInputs(plan9, true, true, sys()), "x.com").order());
        assertFalse(LookupPolicy.mustUseGoResolver(plan9, true, false));
        assertTrue(LookupPolicy.mustUseGoResolver(plan9, true, true));
    }

    @Test
    void withoutTheGoResolverEverythingGoesToTheSystemsResolver() {
        ResolverConf onlyCgo = new ResolverConf(false, true, true, true, false, 0, "linux");
        LookupDecision d = LookupPolicy.hostLookupOrder(new PolicyInputs(onlyCgo, true, true, sys().withHosts("files dns")), "x.com");
        assertEquals(CGO, d.order());
        assertEquals("the Go resolver (dev.gonet:net-resolver-go) is not present", d.reason());
        assertFalse(LookupPolicy.mustUseGoResolver(onlyCgo, true, true));
    }

    /** Go's "force" check of {@code conf_test.go}'s GODEBUG cases: mustUseGoResolver follows netdns. */
    @Test
    void mustUseGoResolverFollowsNetdns() {
        assertTrue(LookupPolicy.mustUseGoResolver(conf(true, false, false, "linux"), false, false));
        assertFalse(LookupPolicy.mustUseGoResolver(conf(false, true, false, "linux"), false, false));
        assertTrue(LookupPolicy.mustUseGoResolver(conf(false, true, false, "linux"), true, false));
        assertTrue(LookupPolicy.mustUseGoResolver(new ResolverConf(true, false, true, false, false, 0, "linux"), false, false));
    }

    /** What the front-end passes when no resolver supplies the facts: Go's view of a system without the files. */
    @Test
    void withoutConfigurationFiles() {
        assertEquals(FILES_DNS, LookupPolicy.hostLookupOrder(new PolicyInputs(conf(), false, false, new NoConfigFiles()), "x.com").order());
        assertEquals(FILES, LookupPolicy.hostLookupOrder(
                new PolicyInputs(conf(false, false, false, "openbsd"), false, false, new NoConfigFiles()), "x.com").order());
        assertEquals(CGO, LookupPolicy.hostLookupOrder(
                new PolicyInputs(conf(false, false, false, "solaris"), false, false, new NoConfigFiles()), "x.com").order());
    }

    @Test
    void decisionsSayWhy() {
        PolicyInputs in = new PolicyInputs(conf(), false, false, sys().withHosts("files mdns4_minimal dns"));
        assertEquals("nsswitch.conf has mdns4_minimal and the name ends in .local",
                LookupPolicy.hostLookupOrder(in, "printer.local").reason());
        PolicyInputs forced = new PolicyInputs(conf(true, false, false, "linux"), false, false, sys().withNsswitch(FileStatus.FAILED));
        assertEquals("nsswitch.conf cannot be read; fallback: netdns=go forces the Go resolver",
                LookupPolicy.hostLookupOrder(forced, "x.com").reason());
    }

    @Test
    void debugLineIsGos() {
        assertEquals("go package net: hostLookupOrder(localhost) = files,dns",
                LookupPolicy.debugLine("hostLookupOrder", "localhost", FILES_DNS));
        assertEquals("go package net: addrLookupOrder(192.0.2.1) = cgo",
                LookupPolicy.debugLine("addrLookupOrder", "192.0.2.1", CGO));
    }

    @Test
    void missingInputsAreNamed() {
        assertEquals("in is null", assertThrows(IllegalArgumentException.class,
                () -> LookupPolicy.hostLookupOrder(null, "x")).getMessage());
        PolicyInputs in = new PolicyInputs(conf(), false, false, sys());
        assertEquals("hostname is null", assertThrows(IllegalArgumentException.class,
                () -> LookupPolicy.hostLookupOrder(in, null)).getMessage());
        assertEquals("system is null", assertThrows(IllegalArgumentException.class,
                () -> new PolicyInputs(conf(), false, false, null)).getMessage());
    }
}
