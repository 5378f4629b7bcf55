package net.api.poll;

import java.io.IOException;
import net.api.Addr;
import net.api.ClosedException;
import net.api.NetError;
import net.api.OpError;
import net.api.OpException;
import net.api.OpInterruptedException;
import net.api.OpTimeoutException;

/**
 * Turns what a poll-level operation threw into Go's {@code *OpError}, the way each of Go's
 * {@code netFD} methods wraps its {@code poll.FD} error: a passed deadline becomes an
 * {@link OpTimeoutException} (with the count of bytes a write had written), an interrupt an
 * {@link OpInterruptedException}, a close the {@link OpException} caused by
 * {@link ClosedException} (or by another of Go's errors, such as an
 * {@link net.api.AddrException}, as it is), and a JDK failure the
 * {@link OpException} caused by a {@link SyscallException}.
 */
public final class OpErrors {

    private OpErrors() {
    }

    /**
     * The {@code OpError} for {@code e}, thrown by {@code op} (syscall {@code syscall}) on
     * {@code network} between {@code source} and {@code addr} (either may be null).
     */
    public static IOException wrap(String op, String network, Addr source, Addr addr, String syscall,
                                   IOException e) {
        if (e instanceof OpError) {
            return e;
        }
        if (e instanceof DeadlineExceededException) {
            OpTimeoutException t = new OpTimeoutException(op, network, source, addr);
            t.initCause(e);
            t.bytesTransferred = ((DeadlineExceededException) e).bytesTransferred;
            return t;
        }
        if (e instanceof PollInterruptedException) {
            OpInterruptedException t = new OpInterruptedException(op, network, source, addr);
            t.initCause(e);
            t.bytesTransferred = ((PollInterruptedException) e).bytesTransferred;
            return t;
        }
        if (e instanceof NetError) { // ClosedException, SyscallException, AddrException, …
            return new OpException(op, network, source, addr, e);
        }
        return new OpException(op, network, source, addr, new SyscallException(syscall, e));
    }
}
