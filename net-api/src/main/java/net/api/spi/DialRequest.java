package net.api.spi;

import java.time.Instant;
import net.api.Addr;
import net.api.Control;
import net.api.KeepAliveConfig;

/**
 * One dial of one resolved address, handed to a {@link TransportProvider} (Go's
 * {@code dialSingle}). The facade has already resolved names and chosen the address; Happy
 * Eyeballs and partial deadlines over several addresses are the facade's work, not the
 * transport's.
 *
 * @param network the network name as the user gave it, for example "tcp4"
 * @param local the local address to bind, or {@code null}
 * @param remote the address to connect to
 * @param deadline when the dial must give up, or {@code null} for never
 * @param keepAlive the keep-alive settings to apply to a stream connection, or {@code null} to leave the system's
 * @param control the hook to call before connecting, or {@code null}
 */
public record DialRequest(String network, Addr local, Addr remote, Instant deadline,
                          KeepAliveConfig keepAlive, Control control) {
}
