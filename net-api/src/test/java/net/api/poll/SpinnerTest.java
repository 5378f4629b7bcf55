package net.api.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The adaptive spin budget: it starts small, doubles after each spin that paid up to the
 * maximum, halves after each park down to nothing, and at zero probes with the full budget
 * every 64 waits.
 */
class SpinnerTest {

    private static final long MAX = Spinner.MAX_NANOS;
    private static final long START = Math.min(MAX, Spinner.START_NANOS);

    @Test
    void aNewDescriptorStartsSmall() {
        assertEquals(START, new Spinner().budget());
    }

    @Test
    void spinsThatPayDoubleTheBudgetUpToTheMaximum() {
        Spinner s = new Spinner();
        long expected = START;
        for (int i = 0; i < 10; i++) {
            s.spun();
            expected = Math.min(MAX, 2 * expected);
            assertEquals(expected, s.budget());
        }
        assertEquals(MAX, s.budget());
    }

    @Test
    void parksHalveTheBudgetToZero() {
        Spinner s = full();
        long expected = MAX;
        while (expected > 0) {
            s.parked();
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
    void aProbeThatPaidStartsSpinningAgain() {
        Spinner s = drained();
        s.spun();
        assertEquals(START, s.budget());
    }

    @Test
    void aParkKeepsZeroAtZero() {
        Spinner s = drained();
        s.parked();
        assertEquals(0, s.budget());
    }

    private static Spinner full() {
        Spinner s = new Spinner();
        for (int i = 0; i < 16 && s.budget() < MAX; i++) {
            s.spun();
        }
        return s;
    }

    private static Spinner drained() {
        Spinner s = new Spinner();
        for (int i = 0; i < 64 && s.budget() > 0; i++) {
            s.parked();
        }
        return s;
    }
}
