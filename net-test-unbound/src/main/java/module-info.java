/** Test support: a local unbound on a loopback port, for end-to-end DNS tests and benchmarks. */
module net.test.unbound {
    requires org.dnsjava;

    exports net.test.unbound;
}
