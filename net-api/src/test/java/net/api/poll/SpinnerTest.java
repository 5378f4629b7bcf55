package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The spin budget: halved by spins that do not pay, restored by one that does, probed in full at zero. */
class SpinnerTest {

    @Test
    void failedSpinsHalveTheBudgetToZero() {
        Spinner s = new Spinner();
        int[] want = {Spinner.MAX, Spinner.MAX / 2, Spinner.MAX / 4, Spinner.MAX / 8, Spinner.MAX / 16};
        for (int w : want) {
            assertEquals(w, s.spins());
            s.paid(false);
        }
        assertEquals(0, s.spins());
    }

    @Test
    void atZeroEverySixtyFourthWaitProbesWithTheFullBudgetAndAPaidProbeRestoresIt() {
        Spinner s = new Spinner();
        while (s.spins() > 0) {
            s.paid(false);
        }
        for (int i = 2; i < 64; i++) {
            assertEquals(0, s.spins(), "wait " + i);
        }
        assertEquals(Spinner.MAX, s.spins(), "the probe");
        s.paid(true);
        assertEquals(Spinner.MAX, s.spins(), "spinning is back");
    }
}
