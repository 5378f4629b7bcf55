/** Transport for the networks tcp, tcp4 and tcp6. */
module net.tcp {
    requires net.api;
}
