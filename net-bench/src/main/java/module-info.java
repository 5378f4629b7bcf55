/** Benchmark programs: our transports against the JDK's own sockets and other peers. */
module net.bench {
    requires net.api;
    requires net.udp;
    requires net.resolver.go;
    requires org.dnsjava;
    requires java.management;
}
