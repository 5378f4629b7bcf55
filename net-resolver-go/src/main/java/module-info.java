/** The pure resolver (netgo): Go's DNS client on dnsjava's wire format. */
module net.resolver.go {
    requires net.api;
    requires org.dnsjava;

    // The provider over given files and port, for the DNS benchmark (GoResolverProvider.withFiles).
    exports net.resolver.go.internal to net.bench;

    uses net.api.spi.TransportProvider;

    provides net.api.spi.ResolverProvider with net.resolver.go.internal.GoResolverProvider;
}
