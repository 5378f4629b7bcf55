package net.api.spi;

/**
 * Go's {@code hostLookupOrder} ({@code dnsclient_unix.go}): which resolver serves a host or
 * address lookup and, for the pure resolver, in which order it consults the hosts file and DNS.
 * The policy in net.api decides it (Go's {@code conf.go}) and hands it to the pure resolver.
 */
public enum LookupOrder {
    /** The system's resolver: the C library's ("cgo"), or the Plan 9 connection server on Plan 9. */
    CGO("cgo"),
    /** The pure resolver, the hosts file first. */
    FILES_DNS("files,dns"),
    /** The pure resolver, DNS first. */
    DNS_FILES("dns,files"),
    /** The pure resolver, the hosts file only. */
    FILES("files"),
    /** The pure resolver, DNS only. */
    DNS("dns");

    private final String goName;

    LookupOrder(String goName) {
        this.goName = goName;
    }

    /** Go's name of the order, as its debug output prints it ("cgo", "files,dns", …). */
    @Override
    public String toString() {
        return goName;
    }
}
