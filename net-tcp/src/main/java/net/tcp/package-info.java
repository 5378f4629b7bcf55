/**
 * Transport for tcp, tcp4 and tcp6 (Go's {@code tcpsock.go}): the {@link net.tcp.TCPConn} and
 * {@link net.tcp.TCPListener} types, with the TCP-only methods beyond {@link net.api.Conn} and
 * {@link net.api.Listener}. Connections and listeners are the JDK's socket channels in
 * non-blocking mode, blocking through net.api's poller; get them from {@code Net.dial} and
 * {@code Net.listen} and cast.
 */
package net.tcp;
