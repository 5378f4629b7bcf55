package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's {@code OpError.Error()} text ({@code op[ net][ source->addr| addr]: detail}) and fields,
 * for each of the three OpError exceptions; the expected texts are what Go 1.27 prints for the
 * same OpError values.
 */
class OpErrorTest {

    private static final TCPAddr LOCAL = new TCPAddr(IP.v4(127, 0, 0, 1), 80, "");
    private static final TCPAddr REMOTE = new TCPAddr(IP.v4(127, 0, 0, 1), 1234, "");
    private static final UDPAddr LOOPBACK6 = new UDPAddr(IP.IPV6_LOOPBACK, 53, "");
    private static final IOException REFUSED = new IOException("connect: connection refused");

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("dial", "tcp", null, new TCPAddr(IP.v4(127, 0, 0, 1), 1, ""), REFUSED,
                        "dial tcp 127.0.0.1:1: connect: connection refused"),
                Arguments.of("read", "tcp", LOCAL, REMOTE, new ClosedException(),
                        "read tcp 127.0.0.1:80->127.0.0.1:1234: use of closed network connection"),
                Arguments.of("write", "udp6", LOOPBACK6, null, REFUSED,
                        "write udp6 [::1]:53: connect: connection refused"),
                Arguments.of("listen", "unix", null, new UnixAddr("/tmp/s", "unix"), REFUSED,
                        "listen unix /tmp/s: connect: connection refused"),
                Arguments.of("close", "", null, null, REFUSED, "close: connect: connection refused"),
                Arguments.of("close", null, null, null, REFUSED, "close: connect: connection refused"),
                Arguments.of("accept", "tcp", LOCAL, null, REFUSED,
                        "accept tcp 127.0.0.1:80: connect: connection refused"),
                Arguments.of("set", null, null, REMOTE, new IOException(), "set 127.0.0.1:1234: IOException"));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void opExceptionMessage(String op, String network, Addr source, Addr addr, IOException cause, String want) {
        OpException e = new OpException(op, network, source, addr, cause);
        assertEquals(want, e.getMessage());
        assertSame(cause, e.getCause());
        assertFields(e, op, network, source, addr);
    }

    /** The same prefix with the timeout's and the interrupt's fixed detail texts. */
    @ParameterizedTest
    @MethodSource("messages")
    void timeoutAndInterruptMessages(String op, String network, Addr source, Addr addr, IOException cause,
            String want) {
        String prefix = want.substring(0, want.length() - (": " + OpException.detail(cause)).length());
        OpTimeoutException t = new OpTimeoutException(op, network, source, addr);
        assertEquals(prefix + ": i/o timeout", t.getMessage());
        assertFields(t, op, network, source, addr);
        OpInterruptedException i = new OpInterruptedException(op, network, source, addr);
        assertEquals(prefix + ": interrupted", i.getMessage());
        assertFields(i, op, network, source, addr);
    }

    private static void assertFields(OpError e, String op, String network, Addr source, Addr addr) {
        assertEquals(op, e.op());
        assertEquals(network == null ? "" : network, e.network());
        assertSame(source, e.source());
        assertSame(addr, e.addr());
        assertEquals(new OpSite(op, network, source, addr), e.site());
    }

    static Stream<Arguments> constructors() {
        return Stream.of(
                Arguments.of((Function<String, OpError>) op -> new OpException(op, "tcp", null, null, REFUSED)),
                Arguments.of((Function<String, OpError>) op -> new OpTimeoutException(op, "tcp", null, null)),
                Arguments.of((Function<String, OpError>) op -> new OpInterruptedException(op, "tcp", null, null)));
    }

    @ParameterizedTest
    @MethodSource("constructors")
    void nullOpRejected(Function<String, OpError> constructor) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> constructor.apply(null));
        assertEquals("op is null", e.getMessage());
    }

    @Test
    void nullCauseRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OpException("read", "tcp", LOCAL, REMOTE, null));
        assertEquals("cause is null", e.getMessage());
    }

    static Stream<OpError> withAddresses() {
        return Stream.of(
                new OpException("read", "tcp", LOCAL, REMOTE, REFUSED),
                new OpTimeoutException("read", "tcp", LOCAL, REMOTE),
                new OpInterruptedException("read", "tcp", LOCAL, REMOTE));
    }

    /**
     * Serialized, an OpError keeps its message, operation and network, and drops its addresses
     * (which need not be serializable: TCPAddr is not).
     */
    @ParameterizedTest
    @MethodSource("withAddresses")
    void serializationDropsAddresses(OpError withAddrs) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(withAddrs);
        }
        OpError got;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            got = (OpError) in.readObject();
        }
        assertEquals(withAddrs.getClass(), got.getClass());
        assertEquals(((Throwable) withAddrs).getMessage(), ((Throwable) got).getMessage());
        assertEquals("read", got.op());
        assertEquals("tcp", got.network());
        assertNull(got.source());
        assertNull(got.addr());
    }
}
