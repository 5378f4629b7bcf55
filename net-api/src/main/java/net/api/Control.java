package net.api;

import java.io.IOException;
import java.nio.channels.Channel;

/**
 * Go's {@code Dialer.Control} and {@code ListenConfig.Control}: called with the channel after it
 * is created and before it connects or binds, so that the caller can set socket options.
 * Throwing aborts the dial or listen with an {@link OpException} wrapping what was thrown.
 */
@FunctionalInterface
public interface Control {

    /**
     * @param network the network, for example "tcp4"
     * @param address the address about to be dialed or bound, in Go's {@code host:port} form
     * @param channel the not yet connected (or bound) channel
     */
    void control(String network, String address, Channel channel) throws IOException;
}
