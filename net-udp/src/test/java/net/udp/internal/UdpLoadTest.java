package net.udp.internal;

import static net.udp.internal.Udp.listen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.udp.UDPConn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many concurrent senders on virtual threads, one receiver: at a bounded rate no datagram is
 * lost on loopback, and each arrives whole.
 */
@ExtendWith(NoFdLeft.class)
class UdpLoadTest {

    private static final int SENDERS = 16;
    private static final int PER_SENDER = 200;
    /** Each sender pauses this long after every burst, which bounds the rate. */
    private static final int BURST = 20;
    private static final long PAUSE_MILLIS = 2;

    @Test
    void concurrentSendersLoseNothing() throws Exception {
        try (UDPConn r = listen(); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            r.setReadBuffer(4 << 20);
            List<Future<?>> sent = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                sent.add(pool.submit(() -> send(sender, r)));
            }
            BitSet seen = new BitSet(SENDERS * PER_SENDER);
            r.setReadDeadline(Instant.now().plusSeconds(30));
            ByteBuffer b = ByteBuffer.allocate(64);
            for (int i = 0; i < SENDERS * PER_SENDER; i++) {
                b.clear();
                r.readFrom(b);
                assertEquals(8, b.position(), "a datagram arrives whole");
                seen.set(b.getInt(0) * PER_SENDER + b.getInt(4));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            assertEquals(SENDERS * PER_SENDER, seen.cardinality(), "every datagram arrived once");
        }
    }

    private static Void send(int sender, UDPConn to) throws IOException, InterruptedException {
        try (UDPConn c = UDPConn.dialUDP("udp", null, to.localAddr())) {
            ByteBuffer b = ByteBuffer.allocate(8);
            for (int i = 0; i < PER_SENDER; i++) {
                b.clear();
                b.putInt(sender).putInt(i).flip();
                c.write(b);
                if (i % BURST == BURST - 1) {
                    Thread.sleep(PAUSE_MILLIS);
                }
            }
        }
        return null;
    }
}
