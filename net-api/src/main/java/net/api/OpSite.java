package net.api;

import java.io.Serializable;
import net.api.internal.Args;

/**
 * Where an operation failed, as Go's {@code *net.OpError} records it: the operation, the
 * network, the local and remote addresses. Each {@link OpError} holds one; it checks the
 * arguments once for all of them and writes the message prefix Go's {@code OpError.Error()}
 * writes.
 *
 * <p>Serialized, it keeps the operation and the network but not the addresses, which need not
 * be serializable: a deserialized copy has {@code null} {@link #source()} and {@link #addr()}.
 *
 * @param op the operation: dial, listen, accept, read, write, close, set, readfrom, writeto, …
 * @param network the network ("tcp", "udp6", "unix", …), or "" if none; null becomes ""
 * @param source the local address, or {@code null} if not known
 * @param addr the remote (or, for listen, the local) address, or {@code null} if not known
 */
public record OpSite(String op, String network, Addr source, Addr addr) implements Serializable {

    /** Checks that {@code op} is given and turns a null {@code network} into "". */
    public OpSite {
        Args.notNull(op, "op");
        network = network == null ? "" : network;
    }

    /**
     * Go's {@code OpError.Error()}: {@code op[ net][ source->addr| addr]: detail}. For example
     * {@code dial tcp 127.0.0.1:1: connect: connection refused}.
     */
    public String message(String detail) {
        StringBuilder sb = new StringBuilder(op);
        if (!network.isEmpty()) {
            sb.append(' ').append(network);
        }
        if (source != null) {
            sb.append(' ').append(source);
        }
        if (addr != null) {
            sb.append(source != null ? "->" : " ").append(addr);
        }
        return sb.append(": ").append(detail).toString();
    }

    /** Serialization writes a copy without the addresses. */
    private Object writeReplace() {
        return source == null && addr == null ? this : new OpSite(op, network, null, null);
    }
}
