package io.mellchat.classifier.model;

import io.mellchat.classifier.text.Hashing;
import io.mellchat.classifier.text.Lexicon;
import io.mellchat.classifier.text.MessageScan;

/**
 * Turns a {@link MessageScan} into the sparse binary features of the question model: cue features
 * at fixed indices (question marks, question words, inversion, second person, reactions, length)
 * and hashed word unigrams, bigrams (with sentence boundaries), first/last words and character 3-
 * and 4-grams of each word. Nothing is allocated; features are written into a caller's array.
 *
 * <p>Changing anything here changes the meaning of a trained model: bump {@link #VERSION} so an old
 * model artifact is refused instead of silently misread.
 */
public final class QuestionFeatures {
    /** Version of the feature layout, stored in the model artifact. */
    public static final int VERSION = 1;

    /** Fixed-index cue features live in {@code [0, CUES)}. */
    public static final int CUES = 128;

    /** Hashed features live in {@code [CUES, CUES + HASHED)}. */
    public static final int HASHED = 1 << 18;

    /** An index no feature ever takes; its weight is zero. Pads fixed-size feature arrays. */
    public static final int PAD = CUES + HASHED;

    /** The model dimension (the number of distinct feature indices, PAD included). */
    public static final int DIMENSION = PAD + 1;

    /** Upper bound of features per line. */
    public static final int MAX_FEATURES = 4096;

    private static final int MAX_GRAM_WORD = 24;

    // cue features
    private static final int Q_END = 1;
    private static final int Q_ANY = 2;
    private static final int Q_MULTI = 3;
    private static final int Q_INVERTED = 4;
    private static final int LEN = 10; // 7 buckets
    private static final int LEN_Q_END = 20; // 7 buckets
    private static final int LEN_NO_Q = 30; // 7 buckets
    private static final int QWORD_FIRST = 40;
    private static final int QWORD_FIRST3 = 41;
    private static final int QWORD_ANY = 42;
    private static final int AUX_FIRST = 43;
    private static final int AUX_THEN_YOU = 44;
    private static final int YOU_ANY = 45;
    private static final int YOU_FIRST3 = 46;
    private static final int REACT_FIRST = 47;
    private static final int REACT_ANY = 48;
    private static final int REACT_ALL = 49;
    private static final int REQUEST_ANY = 50;
    private static final int QWORD_FIRST_SHORT = 51;
    private static final int QWORD_LAST = 52;
    private static final int QWORD_ALL = 53;
    private static final int QWORD_FIRST_Q_END = 54;
    private static final int AUX_FIRST_Q_END = 55;
    private static final int YOU_Q_END = 56;
    private static final int REACT_Q_END = 57;
    private static final int YOU_SECOND = 58;
    private static final int EMOTE_ANY = 60;
    private static final int EMOJI_ANY = 61;
    private static final int MENTION_ANY = 62;
    private static final int CAPS = 63;
    private static final int EXCLAIM = 64;
    private static final int CYRILLIC = 65;
    private static final int EXCLAIM_AND_Q = 66;
    private static final int Q_MULTI_SHORT = 67;
    private static final int REACT_SHORT_Q = 68;

    // hashed feature kinds
    private static final int K_UNI = 0x1A2B3C4D;
    private static final int K_BI = 0x2B3C4D5E;
    private static final int K_FIRST = 0x3C4D5E6F;
    private static final int K_FIRST2 = 0x4D5E6F70;
    private static final int K_LAST = 0x5E6F7081;
    private static final int K_LAST_Q = 0x6F708192;
    private static final int K_C3 = 0x708192A3;
    private static final int K_C4 = 0x8192A3B4;
    private static final int BOS = 0x0B05;
    private static final int EOS = 0x0E05;
    private static final int EOS_Q = 0x0E0F;

    private QuestionFeatures() {}

    /**
     * Writes the features of {@code s} into {@code out} (length ≥ {@link #MAX_FEATURES}) and
     * returns how many were written.
     */
    public static int extract(MessageScan s, int[] out) {
        int n = 0;
        int words = s.words();
        boolean qEnd = s.questionMarkAtEnd();
        int len = lengthBucket(words);

        if (qEnd) {
            out[n++] = Q_END;
            out[n++] = LEN_Q_END + len;
        } else {
            out[n++] = LEN_NO_Q + len;
        }
        if (s.questionMarks() > 0) {
            out[n++] = Q_ANY;
        }
        if (s.questionMarks() > 1) {
            out[n++] = Q_MULTI;
            if (words <= 2) {
                out[n++] = Q_MULTI_SHORT;
            }
        }
        if (s.invertedQuestionMarks() > 0) {
            out[n++] = Q_INVERTED;
        }
        if (s.exclamations() > 0) {
            out[n++] = s.questionMarks() > 0 ? EXCLAIM_AND_Q : EXCLAIM;
        }
        out[n++] = LEN + len;
        if (s.emotes() > 0) {
            out[n++] = EMOTE_ANY;
        }
        if (s.emojis() > 0) {
            out[n++] = EMOJI_ANY;
        }
        if (s.mentions() > 0) {
            out[n++] = MENTION_ANY;
        }
        if (s.letters() >= 6 && s.upperLetters() * 10 >= s.letters() * 7) {
            out[n++] = CAPS;
        }
        if (s.cyrillicLetters() > 0) {
            out[n++] = CYRILLIC;
        }
        n = cues(s, words, qEnd, out, n);
        return hashed(s, words, qEnd, out, n);
    }

    private static int cues(MessageScan s, int words, boolean qEnd, int[] out, int n) {
        if (words == 0) {
            return n;
        }
        int first = s.wordFlags(0);
        boolean qword = false;
        boolean you = false;
        boolean react = false;
        boolean request = false;
        boolean allQ = true;
        boolean allReact = true;
        for (int i = 0; i < words; i++) {
            int f = s.wordFlags(i);
            boolean isQ = (f & Lexicon.QWORD) != 0;
            qword |= isQ;
            allQ &= isQ;
            you |= (f & Lexicon.YOU) != 0;
            boolean isReact = (f & Lexicon.REACT) != 0;
            react |= isReact;
            allReact &= isReact;
            request |= (f & Lexicon.REQUEST) != 0;
            if (i < 3 && isQ) {
                out[n++] = QWORD_FIRST3;
            }
            if (i < 3 && (f & Lexicon.YOU) != 0) {
                out[n++] = YOU_FIRST3;
            }
        }
        if ((first & Lexicon.QWORD) != 0) {
            out[n++] = QWORD_FIRST;
            if (words <= 2) {
                out[n++] = QWORD_FIRST_SHORT;
            }
            if (qEnd) {
                out[n++] = QWORD_FIRST_Q_END;
            }
        }
        if ((first & Lexicon.AUX) != 0) {
            out[n++] = AUX_FIRST;
            if (qEnd) {
                out[n++] = AUX_FIRST_Q_END;
            }
            if (words > 1 && (s.wordFlags(1) & Lexicon.YOU) != 0) {
                out[n++] = AUX_THEN_YOU;
            }
        }
        if (words > 1 && (s.wordFlags(1) & Lexicon.YOU) != 0 && (first & Lexicon.QWORD) == 0) {
            out[n++] = YOU_SECOND;
        }
        if (qword) {
            out[n++] = QWORD_ANY;
        }
        if ((s.wordFlags(words - 1) & Lexicon.QWORD) != 0) {
            out[n++] = QWORD_LAST;
        }
        if (allQ) {
            out[n++] = QWORD_ALL;
        }
        if (you) {
            out[n++] = YOU_ANY;
            if (qEnd) {
                out[n++] = YOU_Q_END;
            }
        }
        if ((first & Lexicon.REACT) != 0) {
            out[n++] = REACT_FIRST;
        }
        if (react) {
            out[n++] = REACT_ANY;
            if (qEnd) {
                out[n++] = REACT_Q_END;
            }
            if (words <= 3 && s.questionMarks() > 0) {
                out[n++] = REACT_SHORT_Q;
            }
        }
        if (allReact) {
            out[n++] = REACT_ALL;
        }
        if (request) {
            out[n++] = REQUEST_ANY;
        }
        return n;
    }

    private static int hashed(MessageScan s, int words, boolean qEnd, int[] out, int n) {
        if (words == 0) {
            return n;
        }
        char[] buf = s.buffer();
        int limit = MAX_FEATURES - 4;
        int prev = BOS;
        for (int i = 0; i < words && n < limit; i++) {
            int h = s.wordHash(i);
            out[n++] = index(Hashing.combine(K_UNI, h));
            out[n++] = index(Hashing.combine(Hashing.combine(K_BI, prev), h));
            prev = h;
            n = grams(buf, s.wordStart(i), s.wordEnd(i), out, n, limit);
        }
        if (n >= limit) {
            return n;
        }
        int h0 = s.wordHash(0);
        int last = s.wordHash(words - 1);
        out[n++] = index(Hashing.combine(Hashing.combine(K_BI, prev), qEnd ? EOS_Q : EOS));
        out[n++] = index(Hashing.combine(K_FIRST, h0));
        if (words > 1) {
            out[n++] = index(Hashing.combine(K_FIRST2, Hashing.combine(h0, s.wordHash(1))));
        }
        out[n++] = index(Hashing.combine(qEnd ? K_LAST_Q : K_LAST, last));
        return n;
    }

    /** Character 3- and 4-grams of one word, with start (\u0002) and end (\u0003) markers. */
    private static int grams(char[] buf, int from, int to, int[] out, int n, int limit) {
        int end = Math.min(to, from + MAX_GRAM_WORD);
        int len = end - from + 2; // with markers
        for (int g = 3; g <= 4; g++) {
            for (int start = 0; start + g <= len && n < limit; start++) {
                int h = Hashing.start();
                for (int k = start; k < start + g; k++) {
                    char c = k == 0 ? '\u0002' : (k == len - 1 ? '\u0003' : buf[from + k - 1]);
                    h = Hashing.step(h, c);
                }
                out[n++] = index(Hashing.combine(g == 3 ? K_C3 : K_C4, h));
            }
        }
        return n;
    }

    private static int index(int hash) {
        return CUES + (hash & (HASHED - 1));
    }

    private static int lengthBucket(int words) {
        if (words <= 3) {
            return Math.max(0, words - 1);
        }
        if (words <= 5) {
            return 3;
        }
        if (words <= 8) {
            return 4;
        }
        return words <= 13 ? 5 : 6;
    }
}
