/** Benchmark programs: our transports against the JDK's own sockets and other peers. */
module net.bench {
    requires net.api;
    requires net.tcp;
    requires net.udp;
    requires io.netty.buffer;
    requires io.netty.common;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    requires io.netty.transport.epoll.linux.x86_64; // the native library, found as a resource of this module
    requires net.resolver.go;
    requires net.test.unbound;
    requires org.dnsjava;
    requires java.management;
}
