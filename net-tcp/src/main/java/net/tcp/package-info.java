/**
 * Transport for tcp, tcp4 and tcp6 (Go's {@code tcpsock.go}): TCP connections and listeners on
 * the JDK's non-blocking socket channels, blocking through net.api's poller. Filled by the TCP issue.
 */
package net.tcp;
