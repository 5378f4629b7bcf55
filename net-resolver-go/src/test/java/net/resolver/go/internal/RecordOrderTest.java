package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.api.MX;
import net.api.SRV;
import org.junit.jupiter.api.Test;

/**
 * Go's {@code TestDNSSRVUniformity} and {@code TestWeighting} ({@code dnsclient_test.go}) on a
 * seeded generator, and the priority and preference orders of SRV and MX answers.
 */
class RecordOrderTest {

    private static final int COUNT = 10_000;

    /** How often the first record comes out first, against its share of the weights, within {@code margin}. */
    private static void checkDistribution(List<SRV> data, double margin) {
        RecordOrder order = new RecordOrder(new Random(1));
        int sum = data.stream().mapToInt(SRV::weight).sum();
        Map<String, Integer> first = new HashMap<>();
        for (int j = 0; j < COUNT; j++) {
            first.merge(order.srv(data).get(0).target(), 1, Integer::sum);
        }
        int actual = first.getOrDefault(data.get(0).target(), 0);
        double expected = (double) COUNT * data.get(0).weight() / sum;
        assertTrue(Math.abs(actual - expected) <= expected * margin,
                "first pick of " + data.get(0).target() + ": " + actual + ", expected " + expected);
    }

    private static void uniformity(int size, double margin) {
        List<SRV> data = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            data.add(new SRV(String.valueOf((char) ('a' + i)), 0, 0, 1));
        }
        checkDistribution(data, margin);
    }

    @Test
    void dnsSRVUniformity() {
        uniformity(2, 0.05);
        uniformity(3, 0.10);
        uniformity(10, 0.20);
        weighting();
    }

    @Test
    void weighting() {
        checkDistribution(List.of(new SRV("a", 0, 0, 60), new SRV("b", 0, 0, 30), new SRV("c", 0, 0, 10)), 0.05);
    }

    @Test
    void srvByPriorityThenWeightedWithZeroWeightsLast() {
        RecordOrder order = new RecordOrder(new Random(2));
        List<SRV> in = List.of(new SRV("z0.", 1, 20, 0), new SRV("c.", 1, 10, 5), new SRV("a.", 1, 20, 7),
                new SRV("b.", 1, 10, 0), new SRV("d.", 1, 10, 9));
        for (int i = 0; i < 50; i++) {
            List<SRV> out = order.srv(in);
            assertEquals(List.of(10, 10, 10, 20, 20), out.stream().map(SRV::priority).toList());
            assertEquals("b.", out.get(2).target(), "a weight-0 record comes after the weighted ones of its priority");
            assertEquals(List.of("a.", "z0."), List.of(out.get(3).target(), out.get(4).target()));
        }
    }

    @Test
    void mxByPreferenceShuffledWithinOne() {
        RecordOrder order = new RecordOrder(new Random(3));
        List<MX> in = List.of(new MX("c.", 20), new MX("a.", 10), new MX("b.", 10), new MX("d.", 5));
        Set<String> firstOfTen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            List<MX> out = order.mx(in);
            assertEquals(List.of(5, 10, 10, 20), out.stream().map(MX::pref).toList());
            firstOfTen.add(out.get(1).host());
        }
        assertEquals(Set.of("a.", "b."), firstOfTen, "equal preferences come in either order");
    }
}
