package net.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.tcp.TCPConn;
import net.tcp.TCPListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and writing, after Go's {@code conn_test.go}, {@code tcpsock_test.go} and
 * {@code sendfile_test.go}: a read returns what is there, writes are whole, gathering writes,
 * ReadFrom (sendfile from a file, a copy otherwise), WriteTo, the stream views, addresses.
 */
class TcpConnTest extends LoopbackPairTest {

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** Reads exactly {@code n} bytes (bounded by the stream's end). */
    private static byte[] readFully(TCPConn c, int n) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (c.read(b) < 0) {
                break;
            }
        }
        return b.flip().limit() == n ? b.array() : java.util.Arrays.copyOf(b.array(), b.limit());
    }

    @Test
    void addresses() {
        assertEquals(client.localAddr(), server.remoteAddr());
        assertEquals(client.remoteAddr(), server.localAddr());
        assertEquals(ln.addr(), server.localAddr());
        assertEquals("tcp", client.localAddr().network());
        assertEquals(Loopback.V4, client.remoteAddr().ip());
    }

    @Test
    void readReturnsWhatIsThere() throws Exception {
        client.write(new byte[] {1, 2, 3});
        Thread.sleep(50);
        byte[] b = new byte[100];
        assertEquals(3, server.read(b), "a read does not wait to fill the buffer");
        assertEquals(0, server.read(new byte[0]), "an empty buffer reads nothing at once");
    }

    @Test
    void largeWriteIsWhole() throws Exception {
        byte[] data = random(8 << 20);
        CompletableFuture<byte[]> got = CompletableFuture.supplyAsync(() -> {
            try {
                return readFully(server, data.length);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertEquals(data.length, client.write(data));
        assertArrayEquals(data, got.get(30, TimeUnit.SECONDS));
    }

    @Test
    void gatheringWrite() throws Exception {
        ByteBuffer[] parts = {ByteBuffer.wrap("ab".getBytes(StandardCharsets.US_ASCII)), ByteBuffer.allocate(0),
                ByteBuffer.wrap("cde".getBytes(StandardCharsets.US_ASCII))};
        assertEquals(5, client.write(parts));
        assertEquals("abcde", new String(readFully(server, 5), StandardCharsets.US_ASCII));
        assertThrows(IllegalArgumentException.class, () -> client.write(new ByteBuffer[] {null}));
        assertThrows(IllegalArgumentException.class, () -> client.read((ByteBuffer) null));
    }

    /** Go's TestSendfile: ReadFrom an *os.File sends from its offset to the end and advances it. */
    @Test
    void readFromFile(@TempDir Path dir) throws Exception {
        byte[] data = random(3 << 20);
        Path f = Files.write(dir.resolve("data"), data);
        try (FileChannel fc = FileChannel.open(f, StandardOpenOption.READ)) {
            fc.position(1000);
            CompletableFuture<byte[]> got = CompletableFuture.supplyAsync(() -> {
                try {
                    return readFully(server, data.length - 1000);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertEquals(data.length - 1000, client.readFrom(fc));
            assertEquals(data.length, fc.position());
            assertArrayEquals(java.util.Arrays.copyOfRange(data, 1000, data.length), got.get(30, TimeUnit.SECONDS));
            assertTrue(fc.isOpen());
        }
    }

    @Test
    void readFromStreamAndWriteTo() throws Exception {
        byte[] data = random(200_000);
        CompletableFuture<byte[]> got = CompletableFuture.supplyAsync(() -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertEquals(data.length, server.writeTo(Channels.newChannel(out)));
                return out.toByteArray();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertEquals(data.length, client.readFrom(Channels.newChannel(new ByteArrayInputStream(data))));
        client.closeWrite();
        assertArrayEquals(data, got.get(30, TimeUnit.SECONDS));
    }

    @Test
    void streamViews() throws Exception {
        PrintStream out = new PrintStream(client.outputStream(), true, StandardCharsets.UTF_8);
        out.println("hello, world");
        BufferedReader in = new BufferedReader(new InputStreamReader(server.inputStream(), StandardCharsets.UTF_8));
        assertEquals("hello, world", in.readLine());
    }

    /** Go's TestTCPConcurrentAccept-like: concurrent readers and writers on one connection move every byte. */
    @Test
    void concurrentWritersAndReader() throws Exception {
        int writers = 8;
        int perWriter = 1000;
        Thread[] ts = new Thread[writers];
        for (int i = 0; i < writers; i++) {
            ts[i] = Thread.ofVirtual().start(() -> {
                try {
                    for (int j = 0; j < perWriter; j++) {
                        client.write(new byte[100]);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
        }
        byte[] all = readFully(server, writers * perWriter * 100);
        assertEquals(writers * perWriter * 100, all.length);
        for (Thread t : ts) {
            assertTrue(t.join(java.time.Duration.ofSeconds(10)));
        }
        server.setReadDeadline(Loopback.in(java.time.Duration.ofMillis(50)));
        assertThrows(net.api.OpTimeoutException.class, () -> server.read(new byte[1]), "nothing more");
        assertFalse(all.length == 0);
    }
}
