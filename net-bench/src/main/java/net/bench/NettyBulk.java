package net.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bulk transfer on Netty's epoll transport: each client channel writes chunks of one size while
 * the channel is writable (Netty's back-pressure), the server counts the bytes it receives.
 */
final class NettyBulk implements Workload {

    private final int conns;
    private final int chunk;
    private final NettyEpoll netty = new NettyEpoll();

    NettyBulk(int conns, int chunk) {
        this.conns = conns;
        this.chunk = chunk;
    }

    @Override
    public void start(LongAdder done) throws Exception {
        netty.connectPairs(new Sink(done), () -> new Source(), conns);
    }

    @Override
    public void close() {
        netty.close();
    }

    /** The server: counts and drops what it reads. */
    @ChannelHandler.Sharable
    private final class Sink extends ChannelInboundHandlerAdapter {
        private final LongAdder done;

        Sink(LongAdder done) {
            this.done = done;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            done.add(buf.readableBytes());
            buf.release();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            netty.fail(cause);
            ctx.close();
        }
    }

    /** A client: writes one chunk (shared, retained per write) again and again while writable. */
    private final class Source extends ChannelInboundHandlerAdapter {
        private ByteBuf data;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            data = ctx.alloc().directBuffer(chunk).writeZero(chunk);
            pump(ctx);
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            pump(ctx);
        }

        private void pump(ChannelHandlerContext ctx) {
            while (ctx.channel().isWritable() && !netty.stopped()) {
                ctx.write(data.retainedDuplicate());
            }
            ctx.flush();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            data.release();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            netty.fail(cause);
            ctx.close();
        }
    }
}
