/** Benchmark programs: our transports against the JDK's own sockets and other peers. */
module net.bench {
    requires net.api;
    requires net.udp;
    requires io.netty.buffer;
    requires io.netty.common;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    // io.netty.transport.epoll.linux.x86_64 holds only the native library, which
    // io.netty.transport.classes.epoll loads from it: tools/bench adds it with --add-modules

    uses net.api.spi.TransportProvider;
}
