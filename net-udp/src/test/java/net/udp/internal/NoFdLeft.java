package net.udp.internal;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that fails a test class which leaves file descriptors open: it counts
 * /proc/self/fd before the class's first test and checks the count after its last.
 */
final class NoFdLeft implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoFdLeft.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getStore(NS).put("before", Udp.fdsBefore());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Udp.assertNoFdLeft(context.getStore(NS).get("before", Long.class));
    }
}
