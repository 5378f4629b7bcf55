package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The adaptive spin budget: halves when a spin does not pay, doubles when it does, probes at zero. */
class SpinnerTest {

    @Test
    void adapts() {
        Spinner s = new Spinner();
        for (int budget = Spinner.MAX; budget > 0; budget /= 2) {
            assertEquals(budget, s.spins());
            s.paid(false);
        }
        int probes = 0;
        for (int i = 0; i < 128; i++) {
            probes += s.spins();
        }
        assertEquals(Spinner.MAX > 0 ? 2 : 0, probes, "one probe every 64 waits at zero");
        s.paid(true);
        assertEquals(Math.min(1, Spinner.MAX), s.spins());
        s.paid(true);
        s.paid(true);
        assertEquals(Math.min(4, Spinner.MAX), s.spins());
    }
}
