/** Transport for the networks udp, udp4 and udp6. */
module net.udp {
    requires transitive net.api;

    exports net.udp;

    provides net.api.spi.TransportProvider with net.udp.internal.UdpTransportProvider;
}
