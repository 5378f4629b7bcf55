package net.resolver.go.internal;

import java.util.Comparator;
import java.util.List;

/**
 * Go's stable sort ({@code slices.SortStableFunc}: insertion sort of blocks of 20, then
 * in-place symmetric merges). Used where Go's exact result matters for a comparator that need
 * not be transitive, such as RFC 6724's: {@link List#sort} would order such input differently,
 * or reject it ("Comparison method violates its general contract").
 */
final class StableSort {

    private static final int BLOCK = 20;

    private StableSort() {
    }

    /** Sorts {@code data} in place, stably, exactly as Go's {@code slices.SortStableFunc}. */
    static <T> void sort(List<T> data, Comparator<? super T> cmp) {
        int n = data.size();
        int a = 0;
        int b = BLOCK;
        while (b <= n) {
            insertionSort(data, a, b, cmp);
            a = b;
            b += BLOCK;
        }
        insertionSort(data, a, n, cmp);
        for (int block = BLOCK; block < n; block *= 2) {
            a = 0;
            b = 2 * block;
            while (b <= n) {
                symMerge(data, a, a + block, b, cmp);
                a = b;
                b += 2 * block;
            }
            if (a + block < n) {
                symMerge(data, a, a + block, n, cmp);
            }
        }
    }

    private static <T> void insertionSort(List<T> data, int a, int b, Comparator<? super T> cmp) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && cmp.compare(data.get(j), data.get(j - 1)) < 0; j--) {
                swap(data, j, j - 1);
            }
        }
    }

    /** Merges the sorted runs {@code [a, m)} and {@code [m, b)} in place (SymMerge, Kim and Kutzner 2004). */
    private static <T> void symMerge(List<T> data, int a, int m, int b, Comparator<? super T> cmp) {
        if (m - a == 1) {
            // Insert data[a] before the first element of [m, b) that is not less than it.
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (cmp.compare(data.get(h), data.get(a)) < 0) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                swap(data, k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            // Insert data[m] before the first element of [a, m) that is greater than it.
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (cmp.compare(data.get(m), data.get(h)) >= 0) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                swap(data, k, k - 1);
            }
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (cmp.compare(data.get(p - c), data.get(c)) >= 0) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(data, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(data, a, start, mid, cmp);
        }
        if (mid < end && end < b) {
            symMerge(data, mid, end, b, cmp);
        }
    }

    /** Turns {@code x u v y} into {@code x v u y}, where {@code u = [a, m)} and {@code v = [m, b)}. */
    private static <T> void rotate(List<T> data, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(data, m - i, m, j);
                i -= j;
            } else {
                swapRange(data, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(data, m - i, m, i);
    }

    private static <T> void swapRange(List<T> data, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            swap(data, a + i, b + i);
        }
    }

    private static <T> void swap(List<T> data, int i, int j) {
        data.set(i, data.set(j, data.get(i)));
    }
}
