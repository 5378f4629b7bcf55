/**
 * The UDP transport's implementation: the {@link net.api.spi.TransportProvider}, opening
 * sockets (Go's {@code udpsock.go}, {@code sock_posix.go}), the address and family rules (Go's
 * {@code ipsock_posix.go}), multicast membership and the connection type. Not exported.
 */
package net.udp.internal;
