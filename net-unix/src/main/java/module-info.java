/** Transport for the networks unix, unixgram and unixpacket, on JNR-UnixSocket. */
module net.unix {
    requires net.api;
    requires org.jnrproject.unixsocket;
}
