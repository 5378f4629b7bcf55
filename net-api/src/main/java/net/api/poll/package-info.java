/**
 * The shared poller, Go's netpoller ({@code internal/poll} and {@code runtime/netpoll.go}) for
 * the JVM: channels in non-blocking mode, and a thread that would block parks until its channel
 * is ready, its deadline passes or is moved, the channel is closed, or the thread is interrupted.
 * Exported only to the transport modules; nothing here is API.
 *
 * <p>{@link net.api.poll.PollFd} is Go's {@code poll.FD}: one per channel, with the
 * {@link net.api.poll.FdMutex} that orders reads, writes and close, and the
 * {@link net.api.poll.PollDesc} that holds the deadlines and the parked waiters. A
 * {@link net.api.poll.Poller} watches readiness; {@link net.api.poll.Pollers} keeps one per
 * {@link java.nio.channels.spi.SelectorProvider}, so the JDK's channels and third-party ones
 * (JNR's, for unix sockets) each get their own selector thread.
 */
package net.api.poll;
