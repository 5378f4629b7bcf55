/**
 * The pure resolver, Go's "netgo": resolv.conf, hosts and nsswitch.conf read as Go reads them,
 * and Go's DNS client ({@code dnsclient_unix.go}) with dnsjava as the message codec only.
 * Filled by the resolver issue; until then the module provides no resolver.
 */
package net.resolver.go;
