package net.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** The JDK's own blocking SocketChannel and ServerSocketChannel, meant for virtual threads. */
final class JdkSockets implements Sockets {

    /** The backlog Go and Netty take from /proc/sys/net/core/somaxconn on a current Linux. */
    private static final int SOMAXCONN = 4096;

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public ServerEnd listen() throws IOException {
        ServerSocketChannel ss = ServerSocketChannel.open();
        // The JDK's default backlog of 50 drops SYNs under the connect workload; Go and Netty use somaxconn.
        ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SOMAXCONN);
        String address = "127.0.0.1:" + ((InetSocketAddress) ss.getLocalAddress()).getPort();
        return new ServerEnd() {
            @Override
            public Stream accept() throws IOException {
                return stream(ss.accept());
            }

            @Override
            public String address() {
                return address;
            }

            @Override
            public void close() throws IOException {
                ss.close();
            }
        };
    }

    @Override
    public Stream dial(String address) throws IOException {
        int colon = address.lastIndexOf(':');
        SocketChannel ch = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(address.substring(colon + 1))));
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true); // as our library and Netty set it
        return stream(ch);
    }

    private static Stream stream(SocketChannel ch) {
        return new Stream() {
            @Override
            public int read(ByteBuffer b) throws IOException {
                return ch.read(b);
            }

            @Override
            public void write(ByteBuffer b) throws IOException {
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }

            @Override
            public void abort() throws IOException {
                ch.setOption(StandardSocketOptions.SO_LINGER, 0);
                ch.close();
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }
}
