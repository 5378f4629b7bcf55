package net.api.internal;

import net.api.AddrException;
import net.api.UnknownNetworkException;
import net.api.sysconf.ConfigText;

/**
 * A network name split into its family and IP protocol, as Go's {@code parseNetwork} in
 * {@code dial.go}: "tcp", "udp6", "unixgram", or "ip4:icmp" / "ip6:58" where a protocol follows
 * the last colon.
 *
 * @param family the name before the colon, or the whole name ("tcp", "ip4", "unix", …)
 * @param protocol the IP protocol number after the colon, 0 when there is none
 */
public record NetworkName(String family, int protocol) {

    /**
     * Go's {@code parseNetwork}. A bare "ip", "ip4" or "ip6" is refused when {@code needsProtocol}
     * (dial and listen need one) and accepted otherwise (resolving and lookups). A protocol is a
     * decimal number or a name from {@code protocols}. Errors are Go's: {@code unknown network NAME}
     * as an {@link UnknownNetworkException}, {@code address NAME: unknown IP protocol specified} as
     * an {@link AddrException}.
     */
    public static NetworkName parse(String network, boolean needsProtocol, Protocols protocols)
            throws UnknownNetworkException, AddrException {
        int colon = network.lastIndexOf(':');
        if (colon < 0) {
            switch (network) {
                case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "unixgram", "unixpacket" -> {
                    return new NetworkName(network, 0);
                }
                case "ip", "ip4", "ip6" -> {
                    if (needsProtocol) {
                        throw new UnknownNetworkException(network);
                    }
                    return new NetworkName(network, 0);
                }
                default -> throw new UnknownNetworkException(network);
            }
        }
        String family = network.substring(0, colon);
        if (!family.equals("ip") && !family.equals("ip4") && !family.equals("ip6")) {
            throw new UnknownNetworkException(network);
        }
        String protocol = network.substring(colon + 1);
        ConfigText.Decimal number = ConfigText.dtoi(protocol);
        if (number.ok() && number.end() == protocol.length()) {
            return new NetworkName(family, number.value());
        }
        return new NetworkName(family, protocols.lookup(protocol));
    }
}
