package io.mellchat.classifier;

import java.util.Collection;

/**
 * Tells whether a user's new line repeats what they just wrote, from the user's previous normalised
 * lines ({@link TextNormalizer#normalize}) that the job keeps in keyed state (the last {@link
 * #RECOMMENDED_HISTORY} lines are enough). A line is a repeat flood when it equals, or nearly
 * equals (character-trigram Jaccard ≥ {@link #NEAR_DUPLICATE}), at least {@link #MIN_REPEATS} of
 * them: the third copy within the history is flagged, the second is not (people legitimately repeat
 * a question once). Lines without words never count.
 */
public final class FloodSignal {
    /** How many previous normalised lines of a user the job should keep. */
    public static final int RECOMMENDED_HISTORY = 5;

    /** Earlier copies needed for the new line to be a flood. */
    public static final int MIN_REPEATS = 2;

    /** Trigram Jaccard similarity from which two lines count as the same. */
    public static final double NEAR_DUPLICATE = 0.8;

    private FloodSignal() {}

    /**
     * True when {@code current} (normalised) repeats at least {@link #MIN_REPEATS} of {@code
     * previous} (normalised, any order).
     */
    public static boolean isRepeatFlood(Collection<String> previous, String current) {
        if (current == null || current.isEmpty() || previous.size() < MIN_REPEATS) {
            return false;
        }
        int[] grams = null;
        int repeats = 0;
        for (String p : previous) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            boolean same = p.equals(current);
            if (!same && lengthsClose(p, current)) {
                if (grams == null) {
                    grams = Trigrams.of(current);
                }
                same = Trigrams.jaccard(grams, Trigrams.of(p)) >= NEAR_DUPLICATE;
            }
            if (same && ++repeats >= MIN_REPEATS) {
                return true;
            }
        }
        return false;
    }

    private static boolean lengthsClose(String a, String b) {
        int la = a.length();
        int lb = b.length();
        return Math.min(la, lb) >= 6 && Math.abs(la - lb) * 5 <= Math.max(la, lb);
    }

    /** Sorted distinct char-trigram hashes of a short string. */
    static final class Trigrams {
        private Trigrams() {}

        static int[] of(String s) {
            int n = Math.max(0, s.length() - 2);
            int[] g = new int[n];
            for (int i = 0; i < n; i++) {
                g[i] = (s.charAt(i) * 31 + s.charAt(i + 1)) * 31 + s.charAt(i + 2);
            }
            java.util.Arrays.sort(g);
            int d = 0;
            for (int i = 0; i < n; i++) {
                if (d == 0 || g[d - 1] != g[i]) {
                    g[d++] = g[i];
                }
            }
            return java.util.Arrays.copyOf(g, d);
        }

        static double jaccard(int[] a, int[] b) {
            if (a.length == 0 || b.length == 0) {
                return 0.0;
            }
            int i = 0;
            int j = 0;
            int inter = 0;
            while (i < a.length && j < b.length) {
                if (a[i] == b[j]) {
                    inter++;
                    i++;
                    j++;
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) inter / (a.length + b.length - inter);
        }
    }
}
