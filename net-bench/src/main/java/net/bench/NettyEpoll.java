package net.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Netty's side of a benchmark: one group of epoll event loops (one per core) that carries
 * both the server and the client channels on loopback, TCP_NODELAY on as on the other sides,
 * and the run's state (stopped, first failure).
 */
final class NettyEpoll implements AutoCloseable {

    private final EventLoopGroup group;
    private final List<Channel> servers = new CopyOnWriteArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopped;

    NettyEpoll() {
        Epoll.ensureAvailability();
        group = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                EpollIoHandler.newFactory());
    }

    /** Binds a server on 127.0.0.1 (a port of the system's choosing) whose connections get {@code child}. */
    Channel listen(ChannelHandler child) throws InterruptedException {
        Channel server = new ServerBootstrap().group(group).channel(EpollServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(child)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
        servers.add(server);
        return server;
    }

    /** A client bootstrap whose connections get {@code handler}. */
    Bootstrap client(ChannelHandler handler) {
        return new Bootstrap().group(group).channel(EpollSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(handler);
    }

    /**
     * Listens with {@code child} for the server's connections and connects {@code count}
     * clients to it, each with a handler of its own from {@code clientHandler}.
     */
    void connectPairs(ChannelHandler child, Supplier<ChannelHandler> clientHandler, int count)
            throws InterruptedException {
        Channel server = listen(child);
        Bootstrap client = client(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(clientHandler.get());
            }
        });
        for (int i = 0; i < count; i++) {
            client.connect(server.localAddress()).sync();
        }
    }

    /** Whether {@link #close} has begun. */
    boolean stopped() {
        return stopped;
    }

    /** Records {@code t} as the run's failure unless the run is stopping. */
    void fail(Throwable t) {
        if (!stopped) {
            failure.compareAndSet(null, t);
        }
    }

    /**
     * Stops: closes the servers first (so that no connection is accepted while the loops shut
     * down), then every other channel with the event loops; throws the first failure.
     */
    @Override
    public void close() {
        stopped = true;
        servers.forEach(s -> s.close().awaitUninterruptibly(5, TimeUnit.SECONDS));
        if (!group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Netty's event loops did not stop within 5 s");
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("Netty's side failed during the run: " + t, t);
        }
    }
}
