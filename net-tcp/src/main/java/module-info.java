/** Transport for the networks tcp, tcp4 and tcp6. */
module net.tcp {
    requires transitive net.api;
    requires jdk.net;

    exports net.tcp;

    provides net.api.spi.TransportProvider with net.tcp.internal.TcpTransportProvider;
}
