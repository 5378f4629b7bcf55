package net.api.spi;

import java.io.IOException;
import java.util.Set;
import net.api.Conn;
import net.api.Listener;
import net.api.PacketConn;

/**
 * A transport module: the networks it serves, and dialing and listening on them. One per
 * module ({@code net.tcp}, {@code net.udp}, {@code net.unix}), found with
 * {@link java.util.ServiceLoader}.
 */
public interface TransportProvider {

    /** The network names served, for example {@code tcp}, {@code tcp4} and {@code tcp6}. */
    Set<String> networks();

    /** Connects to one resolved address. */
    Conn dial(DialRequest request) throws IOException;

    /** Listens for stream connections on one resolved local address. */
    Listener listen(ListenRequest request) throws IOException;

    /** Opens a datagram socket on one resolved local address. */
    PacketConn listenPacket(ListenRequest request) throws IOException;
}
