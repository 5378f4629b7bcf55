package net.api;

/**
 * What Go's {@code ParseCIDR} returns: the address as written and the network it lies in. For
 * {@code 192.0.2.1/24} that is 192.0.2.1 and 192.0.2.0/24.
 *
 * @param ip the address, in 16-byte form
 * @param net the network: the masked address (4 bytes for IPv4) and the prefix's mask
 */
public record ParsedCIDR(IP ip, IPNet net) {
}
