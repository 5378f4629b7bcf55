package net.api;

/** Go's {@code net.SRV}: one DNS SRV record (RFC 2782). */
public record SRV(String target, int port, int priority, int weight) {
}
