/**
 * The TCP transport's implementation: the {@link net.api.spi.TransportProvider}, dialing and
 * listening (Go's {@code tcpsock_posix.go}, {@code sock_posix.go}), socket options (Go's
 * {@code sockopt_posix.go}, {@code tcpsockopt_unix.go}) and the connection and listener types.
 * Not exported.
 */
package net.tcp.internal;
