package net.api.poll;

import net.api.internal.Args;

/**
 * The argument checks of {@code net.api.internal.Args}, for the transport modules, which may
 * not use net.api's internal package: a missing argument is reported by name instead of a bare
 * NullPointerException.
 */
public final class ArgCheck {

    private ArgCheck() {
    }

    /** {@code value}, or an {@link IllegalArgumentException} saying that {@code name} is missing. */
    public static <T> T notNull(T value, String name) {
        return Args.notNull(value, name);
    }
}
