package net.api.spi;

import net.api.Addr;
import net.api.Control;
import net.api.KeepAliveConfig;

/**
 * One listen on one resolved local address, handed to a {@link TransportProvider}.
 *
 * @param network the network name as the user gave it, for example "tcp6"
 * @param local the address to listen on; its IP may be {@code null} for the wildcard
 * @param keepAlive the keep-alive settings for accepted stream connections, or {@code null} to leave the system's
 * @param control the hook to call before binding, or {@code null}
 */
public record ListenRequest(String network, Addr local, KeepAliveConfig keepAlive, Control control) {
}
