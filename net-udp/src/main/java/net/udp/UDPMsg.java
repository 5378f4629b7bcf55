package net.udp;

import net.api.UDPAddr;

/**
 * What Go's {@code ReadMsgUDP} returns, without the ancillary data: the number of bytes read,
 * the message flags and the sender.
 *
 * @param n the number of bytes stored, at most the buffer's room
 * @param flags the receive flags; {@link #MSG_TRUNC} when the datagram was longer than the
 *     buffer and was cut to it
 * @param addr the sender
 */
public record UDPMsg(int n, int flags, UDPAddr addr) {

    /** Linux's MSG_TRUNC: the datagram did not fit and was truncated. */
    public static final int MSG_TRUNC = 0x20;

    /** Whether the datagram was longer than the buffer ({@link #MSG_TRUNC} is set). */
    public boolean truncated() {
        return (flags & MSG_TRUNC) != 0;
    }
}
