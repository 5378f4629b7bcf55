package net.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The {@link InputStream} view of a {@link Conn}: each read is one {@link Conn#read}, repeated
 * only when it returned 0 bytes.
 */
final class ConnInputStream extends InputStream {

    private final Conn conn;

    ConnInputStream(Conn conn) {
        this.conn = conn;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = conn.read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        // A Conn read returns 0 with room in b when the other end of a pipe wrote nothing;
        // an InputStream must not, so read again.
        int n;
        do {
            n = conn.read(b, off, len);
        } while (n == 0);
        return n;
    }

    @Override
    public void close() throws IOException {
        conn.close();
    }
}
