package net.api.internal;

/** Argument checks that report a missing argument by name, instead of a bare NullPointerException. */
public final class Args {

    private Args() {
    }

    /** {@code value}, or an {@link IllegalArgumentException} saying that {@code name} is missing. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return value;
    }

    /**
     * {@code value}, or an {@link IllegalArgumentException} saying that {@code name} is outside
     * {@code [min, max]}.
     */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " is " + value + ", not in [" + min + ", " + max + "]");
        }
        return value;
    }
}
