package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The adaptive spin budget: full after a spin that paid or a short wait, halved by each long
 * wait down to nothing, with a full-budget probe every 64 waits at zero.
 */
class SpinnerTest {

    private static final long MAX = Spinner.MAX_NANOS;
    private static final long LONG_WAIT = MAX + 1_000_000;

    @Test
    void longWaitsHalveTheBudgetToZero() {
        Spinner s = new Spinner();
        assertEquals(MAX, s.budget());
        long expected = MAX;
        while (expected > 0) {
            s.parked(LONG_WAIT);
            expected = expected / 2 < 1000 ? 0 : expected / 2;
            assertEquals(expected, s.budget());
        }
    }

    @Test
    void atZeroEverySixtyFourthWaitProbesWithTheFullBudget() {
        Spinner s = drained();
        long probes = 0;
        for (int i = 0; i < 128; i++) {
            probes += s.budget();
        }
        assertEquals(MAX > 0 ? 2 * MAX : 0, probes);
    }

    @Test
    void aSpinThatPaidRestoresTheFullBudget() {
        Spinner s = drained();
        s.spun();
        assertEquals(MAX, s.budget());
    }

    @Test
    void aShortWaitRestoresTheFullBudget() {
        Spinner s = drained();
        s.parked(MAX / 2);
        assertEquals(MAX, s.budget());
    }

    @Test
    void aLongWaitKeepsZeroAtZero() {
        Spinner s = drained();
        s.parked(LONG_WAIT);
        assertEquals(0, s.budget());
    }

    private static Spinner drained() {
        Spinner s = new Spinner();
        for (int i = 0; i < 64 && s.budget() > 0; i++) {
            s.parked(LONG_WAIT);
        }
        return s;
    }
}
