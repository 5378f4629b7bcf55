package net.api;

import java.io.Closeable;
import java.io.IOException;
import net.api.internal.Args;

/**
 * The two connected ends that {@link Net#pipe()} returns, Go's {@code (Conn, Conn)} result of
 * {@code net.Pipe}: what is written to {@link #first()} is read from {@link #second()}, and the
 * other way round. Closing the pair closes both ends, so it fits a try-with-resources block.
 *
 * @param first one end
 * @param second the other end
 */
public record ConnPair(Conn first, Conn second) implements Closeable {

    public ConnPair {
        Args.notNull(first, "first");
        Args.notNull(second, "second");
    }

    /** Closes both ends, the second even if closing the first fails. */
    @Override
    public void close() throws IOException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
