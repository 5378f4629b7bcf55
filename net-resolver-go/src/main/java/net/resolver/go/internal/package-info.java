/**
 * The pure resolver's configuration, read as Go's {@code net} package reads it: resolv.conf
 * ({@link net.resolver.go.internal.ResolvConfParser}), the hosts file
 * ({@link net.resolver.go.internal.HostsFile}), nsswitch.conf
 * ({@link net.resolver.go.internal.NsSwitchParser}), their reload rules
 * ({@link net.resolver.go.internal.ConfigReloader}) and the environment variables the resolver
 * selection asks about ({@link net.resolver.go.internal.ResolverEnv}). Not exported: nothing here
 * is API.
 */
package net.resolver.go.internal;
