package net.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** The {@link OutputStream} view of a {@link Conn}: each write is one {@link Conn#write}. */
final class ConnOutputStream extends OutputStream {

    private final Conn conn;

    ConnOutputStream(Conn conn) {
        this.conn = conn;
    }

    @Override
    public void write(int b) throws IOException {
        conn.write(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        conn.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        conn.close();
    }
}
