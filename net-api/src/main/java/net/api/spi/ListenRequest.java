package net.api.spi;

import net.api.Addr;

/**
 * One listen on one resolved local address, handed to a {@link TransportProvider}.
 *
 * @param network the network name as the user gave it, for example "tcp6"
 * @param local the address to listen on; its IP may be {@code null} for the wildcard
 */
public record ListenRequest(String network, Addr local) {
}
