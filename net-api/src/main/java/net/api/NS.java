package net.api;

/** Go's {@code net.NS}: one DNS NS record, a name server's host name. */
public record NS(String host) {
}
