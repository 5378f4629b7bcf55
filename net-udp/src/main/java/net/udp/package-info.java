/**
 * Transport for udp, udp4 and udp6 (Go's {@code udpsock.go}): the {@link net.udp.UDPConn} type
 * with the UDP-only methods beyond {@link net.api.Conn} and {@link net.api.PacketConn}, and
 * Go's {@code ListenUDP}, {@code DialUDP} and {@code ListenMulticastUDP} as its static methods.
 * Sockets are the JDK's datagram channels in non-blocking mode, blocking through net.api's
 * poller.
 */
package net.udp;
