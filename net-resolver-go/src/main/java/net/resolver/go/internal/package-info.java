/**
 * The pure resolver's implementation. Its configuration, read as Go's {@code net} package reads
 * it: resolv.conf ({@link net.resolver.go.internal.ResolvConfParser} into
 * {@link net.resolver.go.internal.ResolvConf}), the hosts file
 * ({@link net.resolver.go.internal.HostsFile}), nsswitch.conf
 * ({@link net.resolver.go.internal.NsSwitchParser} into {@link net.resolver.go.internal.NsSwitch}),
 * their reload rules ({@link net.resolver.go.internal.ConfigReloader}), all of them together with
 * injectable paths, host name and clock ({@link net.resolver.go.internal.SystemFiles}), the
 * system properties a user names other paths and another server port with
 * ({@link net.resolver.go.internal.ResolverSettings}), and the
 * environment variables the resolver selection asks about
 * ({@link net.resolver.go.internal.ResolverEnv}); and RFC 6724 address selection
 * ({@link net.resolver.go.internal.AddrSelect}, Go's {@code addrselect.go}). The DNS client
 * ({@code dnsclient_unix.go}), a class per job: {@link net.resolver.go.internal.DnsWire} speaks
 * DNS messages (dnsjava's codec), {@link net.resolver.go.internal.DnsRoundTrip} and
 * {@link net.resolver.go.internal.DnsExchange} move them over {@code net.api} connections,
 * {@link net.resolver.go.internal.DnsClient}, {@link net.resolver.go.internal.ParallelQueries}
 * and {@link net.resolver.go.internal.GoLookups} decide what to ask; and the resolver module
 * itself, {@link net.resolver.go.internal.GoResolverProvider}. Not exported: nothing here is API.
 */
package net.resolver.go.internal;
