package net.api.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.api.Addr;
import net.api.Conn;
import net.api.Control;
import net.api.KeepAliveConfig;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.spi.DialRequest;
import net.api.spi.TransportProvider;

/**
 * One dial's parameters and its attempts over resolved addresses, as Go's {@code sysDialer} in
 * {@code dial.go}: {@code dialParallel} (Happy Eyeballs, run by {@link DialRace}),
 * {@code dialSerial} (one address after another, each with its share of the deadline) and
 * {@code dialSingle} (one address, through the transport).
 *
 * @param transport the transport of the network
 * @param network the network as the user named it
 * @param local the local address to bind, or {@code null}
 * @param deadline the whole dial's deadline, or {@code null} for none
 * @param keepAlive the keep-alive settings for the connection, or {@code null} to leave the system's
 * @param control the hook called before connecting, or {@code null}
 * @param fallbackDelay the head start of the primary addresses over the fallbacks, positive
 */
public record SysDialer(TransportProvider transport, String network, Addr local, Instant deadline,
                        KeepAliveConfig keepAlive, Control control, Duration fallbackDelay) {

    /**
     * Go's {@code dialParallel}: with no fallbacks, a serial dial of the primaries; otherwise a
     * race of the two lists, the fallbacks starting after {@link #fallbackDelay} or as soon as
     * the primaries fail. Returns the first connection made; if both fail, throws the
     * primaries' error.
     */
    public Conn dialParallel(List<Addr> primaries, List<Addr> fallbacks) throws IOException {
        if (fallbacks.isEmpty()) {
            return dialSerial(primaries);
        }
        return new DialRace(this).run(primaries, fallbacks);
    }

    /**
     * Go's {@code dialSerial}: tries each address in order, each with its share of the deadline,
     * and returns the first connection made. If all fail, throws the first address's error (Go
     * finds it the most relevant); an empty list fails with "missing address". An interrupt
     * ends the dial at once with an {@link OpInterruptedException}, the thread's interrupt
     * status kept.
     */
    public Conn dialSerial(List<Addr> ras) throws IOException {
        IOException firstErr = null;
        for (int i = 0; i < ras.size(); i++) {
            Addr ra = ras.get(i);
            if (Thread.currentThread().isInterrupted()) {
                throw new OpInterruptedException("dial", network, local, ra);
            }
            Instant partial;
            try {
                partial = DialDeadline.partial(Instant.now(), deadline, ras.size() - i);
            } catch (SocketTimeoutException e) {
                if (firstErr == null) {
                    firstErr = FacadeErrors.wrap("dial", network, local, ra, e);
                }
                break;
            }
            try {
                return dialSingle(ra, partial);
            } catch (IOException e) {
                if (FacadeErrors.isInterrupt(e)) {
                    throw e; // dialSingle has set the interrupt status again
                }
                if (firstErr == null) {
                    firstErr = e;
                }
            }
        }
        if (firstErr == null) {
            firstErr = new OpException("dial", network, null, null, AddrListResolver.missingAddress());
        }
        throw firstErr;
    }

    /** Go's {@code dialSingle}: one address, its failure wrapped once as Go's {@code OpError}. */
    Conn dialSingle(Addr ra, Instant partialDeadline) throws IOException {
        try {
            return transport.dial(new DialRequest(network, local, ra, partialDeadline, keepAlive, control));
        } catch (IOException e) {
            throw FacadeErrors.wrap("dial", network, local, ra, e);
        }
    }
}
