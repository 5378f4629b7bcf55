/**
 * Go's package {@code net} for Java: the {@link net.api.Net} facade, connections, addresses,
 * errors and the service-provider interfaces that transport and resolver modules implement.
 */
module net.api {
    requires org.slf4j;

    exports net.api;
    exports net.api.spi;
    exports net.api.poll to net.tcp, net.udp, net.unix;
    // Reading the system configuration files, as Go's parse.go: shared with the resolvers only.
    exports net.api.sysconf to net.resolver.go, net.resolver.libc, net.resolver.plan9;
    exports net.api.dnsname to net.resolver.go, net.resolver.libc, net.resolver.plan9;

    uses net.api.spi.TransportProvider;
    uses net.api.spi.ResolverProvider;
}
