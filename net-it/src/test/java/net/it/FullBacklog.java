package net.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A loopback listener (the JDK's own) that never accepts, with its accept queue filled so that
 * Linux drops every further SYN: a dial to it never answers, as Go's tests get from a
 * blackholed address, without a packet leaving the machine.
 */
record FullBacklog(ServerSocketChannel server, List<SocketChannel> fillers) implements AutoCloseable {

    /** The listener on {@code ip:port} (port 0: any), or {@code null} if it could not be made. */
    static FullBacklog on(InetAddress ip, int port) throws IOException {
        StandardProtocolFamily family = ip.getAddress().length == 4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
        ServerSocketChannel server = ServerSocketChannel.open(family);
        try {
            server.bind(new InetSocketAddress(ip, port), 1);
        } catch (IOException e) {
            server.close();
            return null;
        }
        FullBacklog b = new FullBacklog(server, new ArrayList<>());
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < 64; i++) {
                SocketChannel c = SocketChannel.open(family);
                b.fillers.add(c);
                c.configureBlocking(false);
                if (c.connect(server.getLocalAddress())) {
                    continue;
                }
                SelectionKey k = c.register(selector, SelectionKey.OP_CONNECT);
                if (selector.select(300) == 0) {
                    return b; // this SYN was dropped: the queue is full
                }
                selector.selectedKeys().clear();
                k.cancel();
                c.finishConnect();
                selector.selectNow();
            }
        }
        b.close();
        return null;
    }

    /** The address in Go's form, for dialing. */
    String address() throws IOException {
        InetSocketAddress a = (InetSocketAddress) server.getLocalAddress();
        String host = a.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /**
     * The number of file descriptors open once it is at most {@code n}, or after 5 s: the JDK
     * closes a channel registered with a selector only at the selector's next selection, so a
     * close shows a little later.
     */
    static long awaitFdsAtMost(long n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long fds = openFds();
        while (fds > n && System.nanoTime() < deadline) {
            Thread.sleep(10);
            fds = openFds();
        }
        return fds;
    }

    /** The number of file descriptors this process has open. */
    static long openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Override
    public void close() throws IOException {
        for (SocketChannel c : fillers) {
            c.close();
        }
        server.close();
    }
}
