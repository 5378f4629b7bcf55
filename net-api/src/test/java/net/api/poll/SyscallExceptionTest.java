package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.stream.Stream;
import net.api.ClosedException;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's error texts for the JDK's exceptions, and the OpError each poll-level error becomes. */
class SyscallExceptionTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("connect", new ConnectException("Connection refused"), "connect: connection refused"),
                Arguments.of("read", new IOException("Connection reset"), "read: connection reset by peer"),
                Arguments.of("read", new IOException("Connection reset by peer"), "read: connection reset by peer"),
                Arguments.of("write", new IOException("Broken pipe"), "write: broken pipe"),
                Arguments.of("write", new ClosedChannelException(), "write: broken pipe"),
                Arguments.of("bind", new java.net.BindException("Address already in use"),
                        "bind: address already in use"),
                Arguments.of("setsockopt", new IOException(), "setsockopt: IOException"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void text(String syscall, IOException e, String want) {
        assertEquals(want, new SyscallException(syscall, e).getMessage());
    }

    /** Go's Errno.Timeout and Errno.Temporary, seen through the OpError that carries the error. */
    @Test
    void timeoutAndTemporary() {
        IOException reset = OpErrors.wrap("accept", "tcp", null, null, "accept", new IOException("Connection reset"));
        assertEquals(false, ((OpException) reset).timeout());
        assertEquals(true, ((OpException) reset).temporary());
        IOException emfile = OpErrors.wrap("accept", "tcp", null, null, "accept", new IOException("Too many open files"));
        assertEquals(true, ((OpException) emfile).temporary());
        IOException timedOut = OpErrors.wrap("dial", "tcp", null, null, "connect",
                new ConnectException("Connection timed out"));
        assertEquals(true, ((OpException) timedOut).timeout());
        IOException refused = OpErrors.wrap("dial", "tcp", null, null, "connect",
                new ConnectException("Connection refused"));
        assertEquals(false, ((OpException) refused).timeout());
        assertEquals(false, ((OpException) refused).temporary());
    }

    @Test
    void wrap() {
        IOException t = OpErrors.wrap("read", "tcp", null, null, "read", new DeadlineExceededException());
        assertInstanceOf(OpTimeoutException.class, t);
        assertEquals("read tcp: i/o timeout", t.getMessage());
        t = OpErrors.wrap("accept", "tcp", null, null, "accept", new PollInterruptedException());
        assertInstanceOf(OpInterruptedException.class, t);
        t = OpErrors.wrap("write", "tcp", null, null, "write", new ClosedException());
        assertEquals("write tcp: use of closed network connection", t.getMessage());
        t = OpErrors.wrap("dial", "tcp", null, null, "connect", new ConnectException("Connection refused"));
        assertEquals("dial tcp: connect: connection refused", t.getMessage());
        assertSame(t, OpErrors.wrap("x", "tcp", null, null, "y", t));
        assertInstanceOf(OpException.class, t);
    }
}
