package net.resolver.go.internal;

/**
 * Where the pure resolver looks for a host or an address, and in which order: Go's
 * {@code hostLookupOrder} ({@code dnsclient_unix.go}) without its "cgo" value, which never
 * reaches this module.
 */
enum HostLookupOrder {
    /** The hosts file first, then DNS. */
    FILES_DNS,
    /** DNS first, then the hosts file. */
    DNS_FILES,
    /** The hosts file only. */
    FILES,
    /** DNS only. */
    DNS;

    /** Whether the hosts file is read before DNS is asked. */
    boolean filesFirst() {
        return this == FILES_DNS || this == FILES;
    }
}
