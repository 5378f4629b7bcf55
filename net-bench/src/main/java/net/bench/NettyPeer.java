package net.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Netty 4.2 on its native epoll transport: event loops for the server and the client, each
 * as many as the machine has cores, and the workloads written as Netty handlers.
 */
final class NettyPeer implements TcpPeer {

    private final EventLoopGroup serverGroup;
    private final EventLoopGroup clientGroup;

    NettyPeer() {
        Epoll.ensureAvailability();
        int threads = Runtime.getRuntime().availableProcessors();
        serverGroup = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
        clientGroup = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
    }

    @Override
    public String name() {
        return "netty-epoll";
    }

    /** A server on 127.0.0.1 whose accepted channels get a new handler from {@code handler}. */
    private Channel listen(Supplier<ChannelHandler> handler) throws InterruptedException {
        return new ServerBootstrap().group(serverGroup).channel(EpollServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(handler.get());
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
    }

    private Bootstrap client(ChannelHandler handler) {
        return new Bootstrap().group(clientGroup).channel(EpollSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true).handler(handler);
    }

    private static InetSocketAddress address(Channel server) {
        return (InetSocketAddress) server.localAddress();
    }

    @Override
    public long pingPong(int conns, int size, Duration d) throws Exception {
        Channel server = listen(() -> new ServerHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ctx.write(msg);
            }

            @Override
            public void channelReadComplete(ChannelHandlerContext ctx) {
                ctx.flush();
            }
        });
        try {
            LongAdder trips = new LongAdder();
            CountDownLatch done = new CountDownLatch(conns);
            Deadline end = Deadline.after(d);
            for (int i = 0; i < conns; i++) {
                client(new PingPong(size, end, trips, done)).connect(address(server)).sync();
            }
            done.await();
            return trips.sum();
        } finally {
            server.close().sync();
        }
    }

    /** One client connection of the ping-pong: sends a message, waits for all of it back, again until the end. */
    private static final class PingPong extends ChannelInboundHandlerAdapter {
        private final int size;
        private final Deadline end;
        private final LongAdder trips;
        private final CountDownLatch done;
        private int received;

        PingPong(int size, Deadline end, LongAdder trips, CountDownLatch done) {
            this.size = size;
            this.end = end;
            this.trips = trips;
            this.done = done;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(Unpooled.directBuffer(size).writeZero(size));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            received += ((ByteBuf) msg).readableBytes();
            ReferenceCountUtil.release(msg);
            if (received < size) {
                return;
            }
            received -= size;
            trips.increment();
            if (end.passed()) {
                ctx.close();
            } else {
                ctx.writeAndFlush(ctx.alloc().directBuffer(size).writeZero(size));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            done.countDown();
        }
    }

    @Override
    public long bulk(int chunk, Duration d) throws Exception {
        Channel server = listen(() -> new ServerHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ReferenceCountUtil.release(msg);
            }
        });
        try {
            Bulk bulk = new Bulk(Unpooled.directBuffer(chunk).writeZero(chunk), Deadline.after(d));
            client(bulk).connect(address(server)).sync();
            bulk.done.await();
            return bulk.bytes;
        } finally {
            server.close().sync();
        }
    }

    /** The bulk writer: writes the chunk while the channel is writable, until the end. */
    private static final class Bulk extends ChannelInboundHandlerAdapter {
        private final ByteBuf chunk;
        private final Deadline end;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile long bytes;

        Bulk(ByteBuf chunk, Deadline end) {
            this.chunk = chunk;
            this.end = end;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            writeMore(ctx);
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            writeMore(ctx);
        }

        private void writeMore(ChannelHandlerContext ctx) {
            long n = bytes;
            while (ctx.channel().isWritable() && !end.passed()) {
                ctx.write(chunk.retainedDuplicate());
                n += chunk.readableBytes();
            }
            bytes = n;
            ctx.flush();
            if (end.passed() && ctx.channel().isOpen()) {
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            chunk.release();
            done.countDown();
        }
    }

    @Override
    public long connectCycles(int dialers, Duration d) throws Exception {
        // The server waits for the dialer's reset: closing first would leave a TIME_WAIT per cycle.
        Channel server = listen(ServerHandler::new);
        try {
            Bootstrap b = client(new NoOp()).option(ChannelOption.SO_LINGER, 0);
            LongAdder cycles = new LongAdder();
            Deadline end = Deadline.after(d);
            Thread[] threads = new Thread[dialers];
            for (int i = 0; i < dialers; i++) {
                threads[i] = Thread.ofVirtual().start(() -> {
                    while (!end.passed()) {
                        try {
                            b.connect(address(server)).sync().channel().close().sync();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        cycles.increment();
                    }
                });
            }
            for (Thread t : threads) {
                t.join();
            }
            return cycles.sum();
        } finally {
            server.close().sync();
        }
    }

    /** A server connection's handler: a client's reset ends the connection quietly. */
    private static class ServerHandler extends ChannelInboundHandlerAdapter {
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** A client handler that does nothing, shared by every connection of the cycles. */
    @ChannelHandler.Sharable
    private static final class NoOp extends ChannelInboundHandlerAdapter {
    }

    @Override
    public void close() throws InterruptedException {
        clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
}
