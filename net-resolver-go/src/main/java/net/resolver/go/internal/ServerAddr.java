package net.resolver.go.internal;

import net.api.Addr;
import net.api.IP;
import net.api.IPAddr;
import net.api.TCPAddr;
import net.api.UDPAddr;

/**
 * A name server's address as resolv.conf gives it to the DNS client: an IP literal and a port,
 * {@code ip:port} or {@code [ip%zone]:port} (Go's {@code dnsConfig.servers}).
 *
 * @param text the address as written
 * @param ip the IP, zone included
 * @param port the port
 */
record ServerAddr(String text, IPAddr ip, int port) {

    /**
     * The server at {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is not {@code ip:port}
     */
    static ServerAddr parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("server " + text + " is not ip:port");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        IPAddr ip = IPAddr.parse(host).orElseThrow(() -> new IllegalArgumentException("server " + text + " is not ip:port"));
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("server " + text + " is not ip:port", e);
        }
        return new ServerAddr(text, ip, port);
    }

    /** The address to dial on {@code network} ("udp" or "tcp"). */
    Addr on(String network) {
        return network.equals("udp") ? new UDPAddr(ip.ip(), port, ip.zone()) : new TCPAddr(ip.ip(), port, ip.zone());
    }

    /** Whether a datagram that came from {@code from} came from this server. */
    boolean sent(Addr from) {
        if (from instanceof UDPAddr u) {
            IP sender = u.ip();
            return u.port() == port && sender != null && sender.equal(ip.ip());
        }
        return from != null && from.toString().equals(text);
    }
}
