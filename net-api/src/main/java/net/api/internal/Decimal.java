package net.api.internal;

/** Go's {@code dtoi} ({@code parse.go}) where only the number matters: the value of a string's leading decimal digits. */
final class Decimal {

    /** Go's {@code big}: where {@code dtoi} stops counting. */
    static final int BIG = 0xFFFFFF;

    private Decimal() {
    }

    /** The value of the decimal digits {@code s} starts with, 0 when there are none, at most 0xFFFFFF. */
    static int leadingValue(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            n = n * 10 + (c - '0');
            if (n >= BIG) {
                return BIG;
            }
        }
        return n;
    }
}
