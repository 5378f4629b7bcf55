/**
 * The pure resolver, Go's "netgo": resolv.conf, hosts and nsswitch.conf read as Go reads them,
 * and Go's DNS client ({@code dnsclient_unix.go}) with dnsjava as the message codec only.
 * The module exports nothing: it provides {@code net.api.spi.ResolverProvider} of kind "go"
 * ({@link net.resolver.go.internal.GoResolverProvider}), which {@code net.api} finds with
 * {@link java.util.ServiceLoader}. The system properties {@code net.resolver.go.resolvConf},
 * {@code net.resolver.go.hosts}, {@code net.resolver.go.nsswitchConf} and
 * {@code net.resolver.go.port} put other files and another name server port in place of Go's
 * (see the module's description and {@link net.resolver.go.internal.ResolverSettings}).
 */
package net.resolver.go;
