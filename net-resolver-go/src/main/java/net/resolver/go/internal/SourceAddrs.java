package net.resolver.go.internal;

import java.util.Optional;
import net.api.IP;
import net.api.IPAddr;

/**
 * Where the source address of each destination comes from in RFC 6724 ordering (Go's
 * {@code srcAddrs}): {@link UdpSourceAddrs} asks the kernel; tests supply their own.
 */
@FunctionalInterface
public interface SourceAddrs {

    /** The address the system would send from to {@code dst}; empty when {@code dst} is unreachable. */
    Optional<IP> source(IPAddr dst);
}
