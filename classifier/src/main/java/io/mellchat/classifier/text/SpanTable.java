package io.mellchat.classifier.text;

import java.util.Map;

/**
 * An immutable open-addressing map from short char sequences to int values, looked up by a span of
 * a {@code char[]} so that the per-message path never builds a {@link String}.
 */
public final class SpanTable {
    private final char[][] keys;
    private final int[] values;
    private final int mask;

    /** Builds the table; values must be non-zero (zero means "absent"). */
    public SpanTable(Map<String, Integer> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new char[cap][];
        values = new int[cap];
        mask = cap - 1;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            if (e.getValue() == 0) {
                throw new IllegalArgumentException("zero value for " + e.getKey());
            }
            char[] k = e.getKey().toCharArray();
            int i = Hashing.mix(Hashing.chars(k, 0, k.length)) & mask;
            while (keys[i] != null && !java.util.Arrays.equals(keys[i], k)) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] |= e.getValue();
        }
    }

    /** The value stored for {@code a[from, to)}, or 0. */
    public int get(char[] a, int from, int to) {
        return get(a, from, to, Hashing.chars(a, from, to));
    }

    /** As {@link #get(char[], int, int)} with the FNV hash of the span already computed. */
    public int get(char[] a, int from, int to, int fnv) {
        int len = to - from;
        int i = Hashing.mix(fnv) & mask;
        while (true) {
            char[] k = keys[i];
            if (k == null) {
                return 0;
            }
            if (k.length == len && same(k, a, from)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** True when the span is a key. */
    public boolean contains(char[] a, int from, int to) {
        return get(a, from, to) != 0;
    }

    private static boolean same(char[] k, char[] a, int from) {
        for (int j = 0; j < k.length; j++) {
            if (k[j] != a[from + j]) {
                return false;
            }
        }
        return true;
    }
}
