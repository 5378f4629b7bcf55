/**
 * The pure resolver, Go's "netgo": resolv.conf, hosts and nsswitch.conf read as Go reads them,
 * and Go's DNS client ({@code dnsclient_unix.go}) with dnsjava as the message codec only.
 * The module exports nothing: it provides {@code net.api.spi.ResolverProvider} of kind "go"
 * ({@link net.resolver.go.internal.GoResolverProvider}), which {@code net.api} finds with
 * {@link java.util.ServiceLoader}.
 */
package net.resolver.go;
