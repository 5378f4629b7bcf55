package net.api.internal;

import net.api.spi.SystemResolverConfig;

/**
 * Everything Go's resolver selection ({@code conf.go}'s {@code lookupOrder}) weighs besides the
 * name: the process-wide configuration, the {@code Resolver}'s own wishes, and the system's
 * configuration files (asked lazily, at each decision).
 *
 * @param conf the process-wide configuration (Go's {@code confVal})
 * @param preferGo the Resolver's {@code PreferGo}
 * @param customDial whether the Resolver has its own {@code Dial} function (on Plan 9 the pure
 *        resolver is used only then)
 * @param system the facts of resolv.conf, nsswitch.conf, mdns.allow and the host name
 */
public record PolicyInputs(ResolverConf conf, boolean preferGo, boolean customDial, SystemResolverConfig system) {

    /** Checks the configuration and the facts are present. */
    public PolicyInputs {
        Args.notNull(conf, "conf");
        Args.notNull(system, "system");
    }
}
