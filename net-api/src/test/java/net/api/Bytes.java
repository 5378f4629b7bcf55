package net.api;

/** Test helpers that build byte arrays and addresses from int literals, as Go's table literals. */
final class Bytes {

    private Bytes() {
    }

    /** The ints as bytes (each 0 to 255). */
    static byte[] of(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Go's {@code IP{...}} literal. */
    static IP ip(int... values) {
        return IP.of(of(values));
    }

    /** Go's {@code ParseIP(s)} where the test knows {@code s} is valid. */
    static IP parse(String s) {
        return Net.parseIP(s).orElseThrow(() -> new AssertionError("test data does not parse: " + s));
    }

    /** Go's {@code IPMask{...}} literal. */
    static IPMask mask(int... values) {
        return IPMask.of(of(values));
    }

    /** Go's {@code IPMask(ParseIP(s))}. */
    static IPMask mask(String s) {
        return IPMask.of(parse(s).bytes());
    }
}
