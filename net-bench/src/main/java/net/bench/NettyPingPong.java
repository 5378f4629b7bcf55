package net.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.atomic.LongAdder;

/**
 * Echo ping-pong on Netty's epoll transport: each client channel sends a message when the
 * previous one has come back whole (one round trip counted); the server echoes what it reads.
 */
final class NettyPingPong implements Workload {

    private final int conns;
    private final int size;
    private final NettyEpoll netty = new NettyEpoll();

    NettyPingPong(int conns, int size) {
        this.conns = conns;
        this.size = size;
    }

    @Override
    public void start(LongAdder done) throws Exception {
        netty.connectPairs(new Echo(), () -> new Ping(done), conns);
    }

    @Override
    public void close() {
        netty.close();
    }

    /** The server: writes back what it reads, flushing when a read burst is over. */
    @ChannelHandler.Sharable
    private final class Echo extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            netty.fail(cause);
            ctx.close();
        }
    }

    /** A client: one message in flight, the next sent when all of it has come back. */
    private final class Ping extends ChannelInboundHandlerAdapter {
        private final LongAdder done;
        private int received;

        Ping(LongAdder done) {
            this.done = done;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            send(ctx);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            received += buf.readableBytes();
            buf.release();
            if (received >= size) {
                received -= size;
                done.increment();
                if (!netty.stopped()) {
                    send(ctx);
                }
            }
        }

        private void send(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(ctx.alloc().buffer(size).writeZero(size));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            netty.fail(cause);
            ctx.close();
        }
    }
}
