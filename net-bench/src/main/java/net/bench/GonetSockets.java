package net.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import net.api.Conn;
import net.api.Listener;
import net.api.Net;
import net.tcp.TCPConn;

/** Our library's sockets: Net.listen and Net.dial over net-tcp. */
final class GonetSockets implements Sockets {

    @Override
    public String name() {
        return "gonet";
    }

    @Override
    public ServerEnd listen() throws IOException {
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        return new ServerEnd() {
            @Override
            public Stream accept() throws IOException {
                return stream(ln.accept());
            }

            @Override
            public String address() {
                return ln.addr().toString();
            }

            @Override
            public void close() throws IOException {
                ln.close();
            }
        };
    }

    @Override
    public Stream dial(String address) throws IOException {
        return stream(Net.dial("tcp", address));
    }

    private static Stream stream(Conn c) {
        return new Stream() {
            @Override
            public int read(ByteBuffer b) throws IOException {
                return c.read(b);
            }

            @Override
            public void write(ByteBuffer b) throws IOException {
                c.write(b);
            }

            @Override
            public void abort() throws IOException {
                ((TCPConn) c).setLinger(0);
                c.close();
            }

            @Override
            public void close() throws IOException {
                c.close();
            }
        };
    }
}
