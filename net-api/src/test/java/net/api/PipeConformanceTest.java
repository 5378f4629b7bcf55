package net.api;

import net.api.nettest.ConnConformanceTest;

/** Go's TestPipe in pipe_test.go: the whole Conn conformance suite on {@link Net#pipe()}. */
class PipeConformanceTest extends ConnConformanceTest {

    @Override
    protected ConnPair pair() {
        return Net.pipe();
    }
}
