package net.tcp.internal;

import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fixture for tests of one connection: a loopback listener and a connected client and server. */
abstract class LoopbackPairTest {

    TCPListener ln;
    TCPConn client;
    TCPConn server;

    @BeforeEach
    void connect() throws Exception {
        ln = Loopback.listen();
        TCPConn[] p = Loopback.pair(ln);
        client = p[0];
        server = p[1];
    }

    @AfterEach
    void closeAll() throws Exception {
        client.close();
        server.close();
        ln.close();
    }
}
