package net.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.LongAdder;

/**
 * Connect-accept-close cycles on Netty's epoll transport: a number of dial chains each connect,
 * let the server accept and close (the client channel closes at the end of the stream), count
 * one cycle and connect again.
 */
final class NettyConnect implements Workload {

    private final int dialers;
    private final NettyEpoll netty = new NettyEpoll();

    NettyConnect(int dialers) {
        this.dialers = dialers;
    }

    @Override
    public void start(LongAdder done) throws Exception {
        Channel server = netty.listen(new CloseAtOnce());
        Bootstrap client = netty.client(new Quiet());
        InetSocketAddress addr = (InetSocketAddress) server.localAddress();
        for (int i = 0; i < dialers; i++) {
            dial(client, addr, done);
        }
    }

    private void dial(Bootstrap client, InetSocketAddress addr, LongAdder done) {
        if (netty.stopped()) {
            return;
        }
        client.connect(addr).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                netty.fail(f.cause());
                return;
            }
            f.channel().closeFuture().addListener(c -> {
                done.increment();
                dial(client, addr, done);
            });
        });
    }

    @Override
    public void close() {
        netty.close();
    }

    /** The server's connections: closed as soon as accepted. */
    @ChannelHandler.Sharable
    private final class CloseAtOnce extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.close();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            netty.fail(cause);
            ctx.close();
        }
    }

    /** The client's connections: nothing to do but report failures. */
    @ChannelHandler.Sharable
    private final class Quiet extends ChannelInboundHandlerAdapter {
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            netty.fail(cause);
            ctx.close();
        }
    }
}
