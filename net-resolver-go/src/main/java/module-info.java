/** The pure resolver (netgo): Go's DNS client on dnsjava's wire format. */
module net.resolver.go {
    requires net.api;
    requires org.dnsjava;

    uses net.api.spi.TransportProvider;

    provides net.api.spi.ResolverProvider with net.resolver.go.internal.GoResolverProvider;
}
