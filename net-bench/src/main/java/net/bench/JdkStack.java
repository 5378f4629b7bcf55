package net.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The raw JDK: blocking {@link SocketChannel}s and a {@link ServerSocketChannel}, with
 * TCP_NODELAY on every connection as ours (and Go) set it.
 */
final class JdkStack implements BlockingStack {

    @Override
    public Server listen() throws IOException {
        ServerSocketChannel ch = ServerSocketChannel.open();
        try {
            ch.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new Server() {
            @Override
            public int port() {
                return ch.socket().getLocalPort();
            }

            @Override
            public Connection accept() throws IOException {
                return connection(ch.accept());
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    @Override
    public Connection dial(int port) throws IOException {
        return connection(SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
    }

    private static Connection connection(SocketChannel ch) throws IOException {
        try {
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new Connection() {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                return ch.read(dst);
            }

            @Override
            public void write(ByteBuffer src) throws IOException {
                while (src.hasRemaining()) {
                    ch.write(src);
                }
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }
}
