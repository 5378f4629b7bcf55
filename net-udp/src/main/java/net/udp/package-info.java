/**
 * Transport for udp, udp4 and udp6 (Go's {@code udpsock.go}): packet connections, connected
 * sockets and multicast on the JDK's datagram channels. Filled by the UDP issue; until then the
 * module provides no transport, so {@code Net.dial("udp", …)} says that none serves it.
 */
package net.udp;
