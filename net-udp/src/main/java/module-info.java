/** Transport for the networks udp, udp4 and udp6. */
module net.udp {
    requires net.api;
}
