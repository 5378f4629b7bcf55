package net.api;

/** Go's {@code net.MX}: one DNS MX record, a mail host and its preference. */
public record MX(String host, int pref) {
}
