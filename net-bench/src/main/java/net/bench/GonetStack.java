package net.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ServiceLoader;
import net.api.Conn;
import net.api.IP;
import net.api.Listener;
import net.api.TCPAddr;
import net.api.spi.DialRequest;
import net.api.spi.ListenRequest;
import net.api.spi.TransportProvider;

/**
 * Ours: {@link Conn} and {@link Listener} of the "tcp" transport, found through the transport
 * SPI as the Net facade finds it, with the transport's defaults (TCP_NODELAY on).
 */
final class GonetStack implements BlockingStack {

    private static final IP LOOPBACK = IP.v4(127, 0, 0, 1);

    private final TransportProvider tcp;

    private GonetStack(TransportProvider tcp) {
        this.tcp = tcp;
    }

    /** The stack over the transport provider that serves "tcp". */
    static GonetStack load() {
        for (TransportProvider p : ServiceLoader.load(TransportProvider.class)) {
            if (p.networks().contains("tcp")) {
                return new GonetStack(p);
            }
        }
        throw new IllegalStateException("no transport provider serves \"tcp\": is net.tcp on the module path?");
    }

    @Override
    public Server listen() throws IOException {
        Listener ln = tcp.listen(new ListenRequest("tcp", new TCPAddr(LOOPBACK, 0, null), null, null));
        return new Server() {
            @Override
            public int port() {
                return ((TCPAddr) ln.addr()).port();
            }

            @Override
            public Connection accept() throws IOException {
                return connection(ln.accept());
            }

            @Override
            public void close() throws IOException {
                ln.close();
            }
        };
    }

    @Override
    public Connection dial(int port) throws IOException {
        return connection(tcp.dial(new DialRequest("tcp", null, new TCPAddr(LOOPBACK, port, null), null, null, null)));
    }

    private static Connection connection(Conn c) {
        return new Connection() {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                return c.read(dst);
            }

            @Override
            public void write(ByteBuffer src) throws IOException {
                c.write(src);
            }

            @Override
            public void close() throws IOException {
                c.close();
            }
        };
    }
}
