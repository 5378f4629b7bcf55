package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.api.internal.FakeResolverProvider;
import net.api.internal.Lookups;
import net.api.internal.Protocols;
import net.api.internal.Services;
import net.api.spi.ResolverOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Resolver} and the {@link Net} lookup functions: Go's front-end behaviour that needs no DNS. */
class ResolverTest {

    private static final String NO_RESOLVER = "no resolver module is present; add the artifact "
            + "dev.gonet:net-resolver-go or dev.gonet:net-resolver-native";

    private final FakeResolverProvider fake = new FakeResolverProvider("go");
    private final Resolver withFake = new Resolver(false, ResolverOptions.DEFAULT, new Lookups(
            FakeResolverProvider.router(fake), ResolverOptions.DEFAULT, () -> Services.load(Path.of("no-such-file")),
            () -> Protocols.load(Path.of("no-such-file"))));

    @Test
    void builderKeepsGoFields() {
        Resolver zero = Resolver.builder().build();
        assertFalse(zero.preferGo());
        assertFalse(zero.strictErrors());
        assertFalse(Resolver.DEFAULT.preferGo());
        assertTrue(zero.dial().isEmpty());
        ResolverDial dial = (network, address, deadline) -> {
            throw new IOException("never dialed");
        };
        Resolver r = Resolver.builder().preferGo(true).strictErrors(true).dial(dial).build();
        assertTrue(r.preferGo());
        assertTrue(r.strictErrors());
        assertSame(dial, r.dial().orElseThrow());
        assertTrue(Resolver.builder().dial(dial).dial(null).build().dial().isEmpty(), "null is Go's nil Dial");
    }

    @Test
    void netFunctionsAnswerLiteralsAndLocalhostWithoutAModule() throws Exception {
        assertEquals(List.of("192.0.2.1"), Net.lookupHost("192.0.2.1"));
        assertEquals(List.of("fe80::1%eth0"), Net.lookupHost("fe80::1%eth0"));
        assertEquals(List.of("127.0.0.1", "::1"), Net.lookupHost("localhost"));
        assertEquals(List.of(IP.v4(127, 0, 0, 1)), Net.lookupIP("127.0.0.1"));
        assertEquals(List.of(IP.v4(127, 0, 0, 1), IP.IPV6_LOOPBACK), Net.lookupIP("localhost"));
        assertEquals(List.of(IP.v4(127, 0, 0, 1)), Resolver.DEFAULT.lookupIP("ip4", "localhost"));
        assertEquals(List.of(new IPAddr(IP.IPV6_LOOPBACK, "lo")),
                Resolver.DEFAULT.lookupIPAddr("::1%lo"));
        assertEquals("lookup : no such host", assertThrows(DNSException.class, () -> Net.lookupHost("")).getMessage());
    }

    static Stream<Arguments> needAModule() {
        return Stream.of(
                Arguments.of("example.com", (Executable) () -> Net.lookupHost("example.com")),
                Arguments.of("example.com", (Executable) () -> Net.lookupIP("example.com")),
                Arguments.of("192.0.2.1", (Executable) () -> Net.lookupAddr("192.0.2.1")),
                Arguments.of("example.com", (Executable) () -> Net.lookupCNAME("example.com")),
                Arguments.of("example.com", (Executable) () -> Net.lookupMX("example.com")),
                Arguments.of("example.com", (Executable) () -> Net.lookupNS("example.com")),
                Arguments.of("_xmpp-server._tcp.example.com", (Executable) () -> Net.lookupSRV("xmpp-server", "tcp", "example.com")),
                Arguments.of("example.com", (Executable) () -> Net.lookupTXT("example.com")));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("needAModule")
    void otherLookupsNameTheArtifactsToAdd(String name, Executable lookup) {
        DNSException e = assertThrows(DNSException.class, lookup);
        assertEquals("lookup " + name + ": " + NO_RESOLVER, e.getMessage());
        assertEquals(name, e.name());
        assertFalse(e.isNotFound());
    }

    @Test
    void lookupsGoThroughTheModule() throws Exception {
        fake.txt = List.of("hello");
        fake.cname = "example.com.";
        fake.mx = List.of(new MX("mx.example.com.", 10));
        fake.ns = List.of(new NS("ns.example.com."));
        fake.names = List.of("host.example.com.");
        assertEquals(List.of("hello"), withFake.lookupTXT("example.com"));
        assertEquals("example.com.", withFake.lookupCNAME("example.com"));
        assertEquals(fake.mx, withFake.lookupMX("example.com"));
        assertEquals(fake.ns, withFake.lookupNS("example.com"));
        assertEquals(fake.names, withFake.lookupAddr("192.0.2.1"));
        assertEquals(new SRVResult("", List.of()), withFake.lookupSRV("sip", "tcp", "example.com"));
        assertEquals(List.of("lookupTXT example.com", "lookupCNAME example.com", "lookupMX example.com",
                "lookupNS example.com", "lookupAddr 192.0.2.1", "lookupSRV _sip._tcp.example.com"), fake.asked);
    }

    static Stream<Arguments> nullArguments() {
        Resolver r = Resolver.DEFAULT;
        return Stream.of(
                Arguments.of("host", (Executable) () -> r.lookupHost(null)),
                Arguments.of("host", (Executable) () -> r.lookupIPAddr(null)),
                Arguments.of("network", (Executable) () -> r.lookupIP(null, "localhost")),
                Arguments.of("host", (Executable) () -> r.lookupIP("ip", null)),
                Arguments.of("network", (Executable) () -> r.lookupPort(null, "80")),
                Arguments.of("service", (Executable) () -> r.lookupPort("tcp", null)),
                Arguments.of("host", (Executable) () -> r.lookupCNAME(null)),
                Arguments.of("service", (Executable) () -> r.lookupSRV(null, "tcp", "example.com")),
                Arguments.of("proto", (Executable) () -> r.lookupSRV("sip", null, "example.com")),
                Arguments.of("name", (Executable) () -> r.lookupSRV("sip", "tcp", null)),
                Arguments.of("name", (Executable) () -> r.lookupMX(null)),
                Arguments.of("name", (Executable) () -> r.lookupNS(null)),
                Arguments.of("name", (Executable) () -> r.lookupTXT(null)),
                Arguments.of("addr", (Executable) () -> r.lookupAddr(null)),
                Arguments.of("host", (Executable) () -> Net.lookupHost(null)),
                Arguments.of("host", (Executable) () -> Net.lookupIP(null)),
                Arguments.of("addr", (Executable) () -> Net.lookupAddr(null)),
                Arguments.of("host", (Executable) () -> Net.lookupCNAME(null)),
                Arguments.of("name", (Executable) () -> Net.lookupMX(null)),
                Arguments.of("name", (Executable) () -> Net.lookupNS(null)),
                Arguments.of("service", (Executable) () -> Net.lookupSRV(null, "", "")),
                Arguments.of("name", (Executable) () -> Net.lookupTXT(null)));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("nullArguments")
    void nullArgumentsAreNamed(String argument, Executable call) {
        assertEquals(argument + " is null", assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
