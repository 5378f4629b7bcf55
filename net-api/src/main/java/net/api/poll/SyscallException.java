package net.api.poll;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import net.api.NetError;

/**
 * Go's {@code os.SyscallError}: a failed system call and the error number's text, for example
 * {@code connect: connection refused}. The JDK's exception, whose text is the C library's
 * {@code strerror} with a capital letter, is kept as the cause; this class prints it as Go does.
 */
public final class SyscallException extends IOException implements NetError {

    private static final long serialVersionUID = 1L;

    /** The texts of the error numbers Go's {@code Errno.Timeout} says yes to (EAGAIN, ETIMEDOUT). */
    private static final Set<String> TIMEOUT_ERRNOS = Set.of(
            "resource temporarily unavailable", "connection timed out");
    /** Go's {@code Errno.Temporary}: EINTR, EMFILE, ENFILE, ECONNRESET, ECONNABORTED, and the timeouts. */
    private static final Set<String> TEMPORARY_ERRNOS = Set.of(
            "interrupted system call", "too many open files", "too many open files in system",
            "connection reset by peer", "software caused connection abort");

    private final String syscall;
    private final String errno;

    /** The failure of {@code syscall} that the JDK reported as {@code cause}. */
    public SyscallException(String syscall, IOException cause) {
        this(syscall, errnoText(cause), cause);
    }

    private SyscallException(String syscall, String errno, IOException cause) {
        super(syscall + ": " + errno, cause);
        this.syscall = syscall;
        this.errno = errno;
    }

    /** The system call's name, as Go names it: connect, read, write, setsockopt, … */
    public String syscall() {
        return syscall;
    }

    /** Go's {@code Errno.Timeout}. */
    @Override
    public boolean timeout() {
        return TIMEOUT_ERRNOS.contains(errno);
    }

    /** Go's {@code Errno.Temporary}: also true for a timeout. */
    @Override
    public boolean temporary() {
        return timeout() || TEMPORARY_ERRNOS.contains(errno);
    }

    /**
     * The text Go prints for the error number behind {@code e}: the JDK's message with a small
     * first letter, where the JDK shortens or renames Go's text the full one.
     */
    static String errnoText(IOException e) {
        if (e instanceof ClosedChannelException) {
            return "broken pipe"; // a write after shutdown(SHUT_WR): the kernel's EPIPE
        }
        String m = e.getMessage();
        if (m == null || m.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        if (m.equals("Connection reset")) {
            return "connection reset by peer";
        }
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
