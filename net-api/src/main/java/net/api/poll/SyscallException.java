package net.api.poll;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * Go's {@code os.SyscallError}: a failed system call and the error number's text, for example
 * {@code connect: connection refused}. The JDK's exception, whose text is the C library's
 * {@code strerror} with a capital letter, is kept as the cause; this class prints it as Go does.
 */
public final class SyscallException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String syscall;

    /** The failure of {@code syscall} that the JDK reported as {@code cause}. */
    public SyscallException(String syscall, IOException cause) {
        super(syscall + ": " + errnoText(cause), cause);
        this.syscall = syscall;
    }

    /** The system call's name, as Go names it: connect, read, write, setsockopt, … */
    public String syscall() {
        return syscall;
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
