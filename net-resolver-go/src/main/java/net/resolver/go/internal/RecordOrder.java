package net.resolver.go.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import net.api.MX;
import net.api.SRV;

/**
 * The order Go gives SRV and MX answers ({@code dnsclient.go}'s {@code byPriorityWeight.sort}
 * and {@code byPref.sort}): SRV by priority, then within each priority a weighted random order
 * (RFC 2782); MX shuffled, then by preference (RFC 5321), so that equal preferences come in
 * random order.
 */
final class RecordOrder {

    private final RandomGenerator random;

    RecordOrder(RandomGenerator random) {
        this.random = random;
    }

    /** RFC 2782's order of {@code records}, as a new list. */
    List<SRV> srv(List<SRV> records) {
        List<SRV> s = new ArrayList<>(records);
        s.sort(Comparator.comparingInt(SRV::priority).thenComparingInt(SRV::weight));
        int i = 0;
        for (int j = 1; j < s.size(); j++) {
            if (s.get(i).priority() != s.get(j).priority()) {
                shuffleByWeight(s.subList(i, j));
                i = j;
            }
        }
        shuffleByWeight(s.subList(i, s.size()));
        return s;
    }

    /**
     * Go's {@code shuffleByWeight}: repeatedly picks a record with probability proportional to
     * its weight and moves it to the front of what remains; records of weight 0 are never picked
     * while a weighted one remains.
     */
    private void shuffleByWeight(List<SRV> run) {
        int sum = 0;
        for (SRV srv : run) {
            sum += srv.weight();
        }
        List<SRV> rest = run;
        while (sum > 0 && rest.size() > 1) {
            int n = random.nextInt(sum);
            int s = 0;
            for (int i = 0; i < rest.size(); i++) {
                s += rest.get(i).weight();
                if (s > n) {
                    Collections.swap(rest, 0, i);
                    break;
                }
            }
            sum -= rest.get(0).weight();
            rest = rest.subList(1, rest.size());
        }
    }

    /** RFC 5321's order of {@code records}: a Fisher–Yates shuffle, then by preference, as a new list. */
    List<MX> mx(List<MX> records) {
        List<MX> s = new ArrayList<>(records);
        for (int i = 0; i < s.size(); i++) {
            Collections.swap(s, i, random.nextInt(i + 1));
        }
        s.sort(Comparator.comparingInt(MX::pref));
        return s;
    }
}
