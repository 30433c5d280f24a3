package io.mellchat.classifier;

import io.mellchat.classifier.text.Hashing;
import io.mellchat.classifier.text.Lexicon;
import io.mellchat.classifier.text.MessageScan;
import java.util.Arrays;

/**
 * Cheap, bounded similarity for merging near-duplicate questions across platforms. A question is
 * reduced to its content words (function words, question words, greetings and reactions of the five
 * languages are dropped; if nothing is left, all words are used), each content word gives itself
 * and its character trigrams as shingles, and a MinHash signature of {@link #hashes()} ints
 * summarises the shingle set. {@link #similarity} estimates the Jaccard similarity of two
 * signatures; state per open question is one small {@code int[]}.
 *
 * <p>{@link #RECOMMENDED_THRESHOLD} was tuned on 82 hand-written question pairs in five languages
 * ({@code corpus/similarity/paraphrases.tsv}, {@code SimilarityTuner}): at 0.4 with 64 hashes,
 * merging has precision 0.98 and recall 0.87 on them (wrongly merging two different questions is
 * worse than leaving a duplicate, so the threshold leans to precision). Thread-safe.
 */
public final class QuestionSimilarity {
    /** Signature length of {@link #standard()}. */
    public static final int DEFAULT_HASHES = 64;

    /** Merge two questions when {@link #similarity} is at least this. */
    public static final double RECOMMENDED_THRESHOLD = 0.4;

    private static final int IGNORED =
            Lexicon.STOP
                    | Lexicon.QWORD
                    | Lexicon.AUX
                    | Lexicon.YOU
                    | Lexicon.REACT
                    | Lexicon.GREET
                    | Lexicon.FILLER
                    | Lexicon.REQUEST;
    private static final int K_WORD = 0x57A11E;
    private static final int K_GRAM = 0x6A3F11;
    private static final int MAX_SHINGLES = 512;
    private static final QuestionSimilarity STANDARD = new QuestionSimilarity(DEFAULT_HASHES);

    private final int hashes;
    private final int[] seeds;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** A similarity with signatures of {@code hashes} ints (more = more precise, more state). */
    public QuestionSimilarity(int hashes) {
        if (hashes < 8 || hashes > 1024) {
            throw new IllegalArgumentException("hashes must be in [8, 1024]: " + hashes);
        }
        this.hashes = hashes;
        this.seeds = new int[hashes];
        int x = 0x2545F491;
        for (int i = 0; i < hashes; i++) {
            x = Hashing.mix(x + 0x61C88647);
            seeds[i] = x | 1;
        }
    }

    /** The shared instance with {@link #DEFAULT_HASHES} hashes. */
    public static QuestionSimilarity standard() {
        return STANDARD;
    }

    /** Signature length. */
    public int hashes() {
        return hashes;
    }

    /**
     * The MinHash signature of a chat line. A line without words gets a signature that is similar
     * to nothing (similarity 0, even to itself).
     */
    public int[] signature(String text) {
        Scratch s = scratch.get();
        int n = shingles(s, text == null ? "" : text);
        int[] sig = new int[hashes];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int k = 0; k < n; k++) {
            int x = s.shingles[k];
            for (int i = 0; i < hashes; i++) {
                int h = Hashing.mix(x * seeds[i]) & Integer.MAX_VALUE;
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of two signatures of this instance, in {@code [0, 1]}. */
    public double similarity(int[] a, int[] b) {
        if (a.length != hashes || b.length != hashes) {
            throw new IllegalArgumentException(
                    "signatures must have " + hashes + " ints: " + a.length + ", " + b.length);
        }
        int same = 0;
        for (int i = 0; i < hashes; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / hashes;
    }

    /**
     * {@link #similarity(int[], int[])} of {@code a} and the signature stored at {@code offset} in
     * {@code many} (signatures laid end to end, as a queue of open questions keeps them).
     */
    public double similarity(int[] a, int[] many, int offset) {
        if (a.length != hashes || offset < 0 || offset + hashes > many.length) {
            throw new IllegalArgumentException("no signature of " + hashes + " ints at " + offset);
        }
        int same = 0;
        for (int i = 0; i < hashes; i++) {
            if (a[i] == many[offset + i] && a[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / hashes;
    }

    /** True when {@link #similarity} reaches {@link #RECOMMENDED_THRESHOLD}. */
    public boolean sameQuestion(int[] a, int[] b) {
        return similarity(a, b) >= RECOMMENDED_THRESHOLD;
    }

    /** Exact Jaccard similarity of the shingle sets (what signatures estimate; for tuning). */
    public double exactSimilarity(String a, String b) {
        Scratch s = scratch.get();
        int na = distinct(s.shingles, shingles(s, a));
        int[] sa = Arrays.copyOf(s.shingles, na);
        int nb = distinct(s.shingles, shingles(s, b));
        if (na == 0 || nb == 0) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int inter = 0;
        while (i < na && j < nb) {
            if (sa[i] == s.shingles[j]) {
                inter++;
                i++;
                j++;
            } else if (sa[i] < s.shingles[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) inter / (na + nb - inter);
    }

    private static int distinct(int[] a, int n) {
        Arrays.sort(a, 0, n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || a[d - 1] != a[i]) {
                a[d++] = a[i];
            }
        }
        return d;
    }

    private static int shingles(Scratch s, String text) {
        MessageScan scan = s.scan.scan(text);
        int words = scan.words();
        boolean anyContent = false;
        for (int i = 0; i < words; i++) {
            if ((scan.wordFlags(i) & IGNORED) == 0) {
                anyContent = true;
                break;
            }
        }
        char[] buf = scan.buffer();
        int n = 0;
        for (int i = 0; i < words && n < MAX_SHINGLES - 40; i++) {
            if (anyContent && (scan.wordFlags(i) & IGNORED) != 0) {
                continue;
            }
            int from = scan.wordStart(i);
            int to = Math.min(scan.wordEnd(i), from + 24);
            s.shingles[n++] = Hashing.combine(K_WORD, scan.wordHash(i));
            int len = to - from + 2;
            for (int st = 0; st + 3 <= len; st++) {
                int h = Hashing.start();
                for (int k = st; k < st + 3; k++) {
                    char c = k == 0 ? '\u0002' : (k == len - 1 ? '\u0003' : buf[from + k - 1]);
                    h = Hashing.step(h, c);
                }
                s.shingles[n++] = Hashing.combine(K_GRAM, h);
            }
        }
        return n;
    }

    private static final class Scratch {
        final MessageScan scan = new MessageScan();
        final int[] shingles = new int[MAX_SHINGLES];
    }
}
