/**
 * Transport for unix, unixgram and unixpacket (Go's {@code unixsock.go}) on JNR-UnixSocket's
 * channels, blocking through net.api's poller. Filled by the Unix issue; until then the module
 * provides no transport.
 */
package net.unix;
