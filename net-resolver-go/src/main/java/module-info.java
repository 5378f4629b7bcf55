/**
 * The pure resolver (netgo): Go's DNS client on dnsjava's wire format. It exports no API: it
 * provides {@code net.api.spi.ResolverProvider} of kind "go", which {@code net.api} finds with
 * {@link java.util.ServiceLoader}.
 *
 * <p>Like Go, it reads {@code /etc/resolv.conf}, {@code /etc/hosts} and
 * {@code /etc/nsswitch.conf} and sends every query to port 53. These system properties, read
 * once when {@code net.api} loads its modules (at the first dial or lookup: set them before that,
 * or with {@code -D}), change that; an unset property keeps Go's default:
 *
 * <table>
 * <caption>System properties of the pure resolver</caption>
 * <tr><th>property</th><th>value</th><th>default</th></tr>
 * <tr><td>{@code net.resolver.go.resolvConf}</td><td>path of resolv.conf</td><td>{@code /etc/resolv.conf}</td></tr>
 * <tr><td>{@code net.resolver.go.hosts}</td><td>path of the hosts file</td><td>{@code /etc/hosts}</td></tr>
 * <tr><td>{@code net.resolver.go.nsswitchConf}</td><td>path of nsswitch.conf</td><td>{@code /etc/nsswitch.conf}</td></tr>
 * <tr><td>{@code net.resolver.go.port}</td><td>port of every name server resolv.conf names, 1…65535</td><td>53</td></tr>
 * </table>
 *
 * <p>A missing file is treated as Go treats it (no resolv.conf: Go's defaults; no hosts file: no
 * entries). An unusable value (an empty path, a port that is not a number or not in 1…65535)
 * makes every lookup through this module throw an {@link IllegalArgumentException} naming the
 * property and the value. The services database ({@code /etc/services}) is read by
 * {@code net.api}, not by this module.
 */
module net.resolver.go {
    requires net.api;
    requires org.dnsjava;

    // The provider over given properties (GoResolverProvider(Function)), for the DNS benchmark.
    exports net.resolver.go.internal to net.bench;

    uses net.api.spi.TransportProvider;

    provides net.api.spi.ResolverProvider with net.resolver.go.internal.GoResolverProvider;
}
