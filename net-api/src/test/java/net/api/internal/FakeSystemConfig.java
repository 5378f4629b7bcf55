package net.api.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.api.spi.SystemResolverConfig;

/** Test facts for the resolver-selection policy: Go's test {@code dnsConfig} and {@code nssConf} as data. */
record FakeSystemConfig(FileStatus resolvConf, boolean resolvConfHasUnknownOption, List<String> resolvConfLookup,
                        FileStatus nsswitchConf, List<NssSource> nsswitchHosts, FileStatus mdnsAllow,
                        Optional<String> hostname) implements SystemResolverConfig {

    /** Go's {@code defaultResolvConf} (resolv.conf missing), nsswitch.conf missing, no mdns.allow, host "myhostname". */
    static FakeSystemConfig defaults() {
        return new FakeSystemConfig(FileStatus.NOT_FOUND, false, List.of(), FileStatus.NOT_FOUND, List.of(),
                FileStatus.NOT_FOUND, Optional.of("myhostname"));
    }

    FakeSystemConfig withResolvConf(FileStatus status, boolean unknownOption, String... lookup) {
        return new FakeSystemConfig(status, unknownOption, List.of(lookup), nsswitchConf, nsswitchHosts, mdnsAllow, hostname);
    }

    FakeSystemConfig withNsswitch(FileStatus status) {
        return new FakeSystemConfig(resolvConf, resolvConfHasUnknownOption, resolvConfLookup, status, List.of(), mdnsAllow, hostname);
    }

    /**
     * The sources of a hosts line written as in nsswitch.conf: a word is a source with standard
     * criteria; a word followed by {@code [!]} has non-standard ones (our tests decide
     * standardness, the parser that computes it lives with the pure resolver).
     */
    FakeSystemConfig withHosts(String line) {
        List<NssSource> sources = new ArrayList<>();
        for (String word : Arrays.stream(line.split(" ")).filter(w -> !w.isEmpty()).toList()) {
            if (word.equals("[!]")) {
                NssSource last = sources.remove(sources.size() - 1);
                sources.add(new NssSource(last.name(), false));
            } else {
                sources.add(new NssSource(word, true));
            }
        }
        return new FakeSystemConfig(resolvConf, resolvConfHasUnknownOption, resolvConfLookup, FileStatus.READ,
                List.copyOf(sources), mdnsAllow, hostname);
    }

    FakeSystemConfig withMdnsAllow(FileStatus status) {
        return new FakeSystemConfig(resolvConf, resolvConfHasUnknownOption, resolvConfLookup, nsswitchConf, nsswitchHosts, status, hostname);
    }

    FakeSystemConfig withHostname(String name) {
        return new FakeSystemConfig(resolvConf, resolvConfHasUnknownOption, resolvConfLookup, nsswitchConf, nsswitchHosts,
                mdnsAllow, Optional.ofNullable(name));
    }
}
