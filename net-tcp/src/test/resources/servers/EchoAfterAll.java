import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain-JDK loopback server for TcpTenThousandClientsTest, run in a process of its own (as
 * {@code java EchoAfterAll.java N}) so that each process stays within the descriptor limit: it
 * prints its port, accepts N connections, and only then echoes each connection's one byte, so
 * that every client is blocked in a read until all N are connected. It exits when its standard
 * input closes, so it never outlives the test.
 */
public class EchoAfterAll {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the test never writes; end of input means the test is gone
                }
            } catch (IOException e) {
                // the same
            }
            System.exit(0);
        });
        List<SocketChannel> conns = new ArrayList<>(n);
        try (ServerSocketChannel ss = ServerSocketChannel.open()) {
            ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
            System.out.println(((InetSocketAddress) ss.getLocalAddress()).getPort());
            while (conns.size() < n) {
                conns.add(ss.accept());
            }
            try (ExecutorService vts = Executors.newVirtualThreadPerTaskExecutor()) {
                for (SocketChannel c : conns) {
                    vts.submit(() -> {
                        ByteBuffer b = ByteBuffer.allocate(1);
                        while (b.hasRemaining() && c.read(b) >= 0) {
                            // one byte
                        }
                        c.write(b.flip());
                        return null;
                    });
                }
            }
            System.out.println("echoed " + n);
        } finally {
            for (SocketChannel c : conns) {
                c.close();
            }
        }
    }
}
