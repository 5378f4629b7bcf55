package net.udp.internal;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.nio.channels.NotYetConnectedException;
import net.api.poll.SyscallException;

/**
 * The system errors UDP reports that the JDK names differently or not at all, with Go's text
 * (Go's {@code syscall.Errno} strings): an ICMP port-unreachable, which the JDK throws as
 * {@link PortUnreachableException}, is the kernel's ECONNREFUSED, "connection refused"; a write
 * on an unconnected socket, the JDK's {@link NotYetConnectedException}, is EDESTADDRREQ.
 */
final class Errno {

    static final String EINVAL = "invalid argument";
    static final String EDESTADDRREQ = "Destination address required";
    static final String ENETUNREACH = "Network is unreachable";
    static final String ECONNREFUSED = "Connection refused";

    private Errno() {
    }

    /** Go's bare {@code syscall.Errno} (no system call named), for example {@code invalid argument}. */
    static IOException bare(String text) {
        return new SocketException(text);
    }

    /** The failure of {@code syscall} with the kernel's error {@code text}, as Go prints it. */
    static SyscallException of(String syscall, String text) {
        return new SyscallException(syscall, new SocketException(text));
    }

    /**
     * {@code e} as the failure of {@code syscall} where the JDK's exception hides the errno
     * (port unreachable), else {@code e} itself for {@link net.api.poll.OpErrors#wrap}.
     */
    static IOException translate(String syscall, IOException e) {
        if (e instanceof PortUnreachableException) {
            return of(syscall, ECONNREFUSED);
        }
        return e;
    }
}
