package net.resolver.go.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Go's {@code slices.SortStableFunc}, reproduced exactly. */
class StableSortTest {

    @Test
    void agreesWithJavasStableSortForAProperComparator() {
        Random random = new Random(6724);
        for (int n : new int[] {0, 1, 2, 19, 20, 21, 40, 41, 100, 257}) {
            List<int[]> data = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                data.add(new int[] {random.nextInt(10), i});
            }
            List<int[]> want = new ArrayList<>(data);
            want.sort(Comparator.comparingInt(e -> e[0]));
            StableSort.sort(data, Comparator.comparingInt(e -> e[0]));
            assertEquals(want.stream().map(e -> e[1]).toList(), data.stream().map(e -> e[1]).toList(), "n = " + n);
        }
    }

    /** A comparator that is not transitive (rock, paper, scissors by value mod 3); the order Go 1.27 gives. */
    @Test
    void matchesGoForANonTransitiveComparator() {
        List<Integer> data = new ArrayList<>(IntStream.range(0, 45).map(i -> (i * 7 + 3) % 45).boxed().toList());
        StableSort.sort(data, (a, b) -> {
            int x = a % 3;
            int y = b % 3;
            if (x == y) {
                return 0;
            }
            return (x + 1) % 3 == y ? -1 : 1;
        });
        assertEquals(List.of(3, 10, 17, 24, 31, 38, 0, 7, 13, 14, 20, 21, 28, 35, 42, 4, 11, 18, 25, 32, 39, 27, 1, 8,
                15, 22, 29, 36, 43, 5, 12, 19, 34, 26, 33, 40, 2, 9, 16, 23, 30, 37, 44, 41, 6), data);
    }
}
