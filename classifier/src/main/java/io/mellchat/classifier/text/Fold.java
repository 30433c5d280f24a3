package io.mellchat.classifier.text;

import java.text.Normalizer;

/**
 * Case and accent folding of single code points, shared by every text path of the classifier so
 * that the scanner, the lexicons, the normaliser and the similarity agree on what a word is.
 *
 * <p>Folding lower-cases (Unicode-aware), removes Latin diacritics ({@code é→e}, {@code ç→c},
 * {@code ü→u}), maps Cyrillic {@code ё→е}, and drops combining marks. Chat writes accents
 * inconsistently ("que"/"qué", "voce"/"você"), so folding them makes the features more robust.
 */
public final class Fold {
    /** Returned by {@link #fold(int)} for code points that vanish (combining marks). */
    public static final int DROP = -1;

    private static final int TABLE_START = 0x00C0;
    private static final int TABLE_END = 0x0250;
    private static final char[] LATIN = buildLatinTable();

    private Fold() {}

    /** The folded, lower-case form of a letter or digit, or {@link #DROP}. */
    public static int fold(int cp) {
        if (cp < 0x80) {
            return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        }
        int lower = Character.toLowerCase(cp);
        if (lower >= TABLE_START && lower < TABLE_END) {
            return LATIN[lower - TABLE_START];
        }
        if (lower == 'ё') {
            return 'е';
        }
        if (Character.getType(lower) == Character.NON_SPACING_MARK) {
            return DROP;
        }
        return lower;
    }

    /**
     * True for the characters that make up words: letters and digits of any script, and '_' (user
     * names such as {@code zoe_plays} are one word).
     */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z')
                    || (cp >= 'A' && cp <= 'Z')
                    || (cp >= '0' && cp <= '9')
                    || cp == '_';
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Apostrophes that join word pieces ("what's" is the word "whats"). */
    public static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == '´' || cp == 'ʼ';
    }

    /**
     * Folds a whole word the way the scanner does: folded letters, apostrophes removed, runs of the
     * same letter capped at two. Used to build lexicons; not on the per-message path.
     */
    public static String word(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int prev = -2;
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue;
            }
            if (cp == ' ') {
                b.append(' ');
                prev = -2;
                continue;
            }
            int f = fold(cp);
            if (f == DROP) {
                continue;
            }
            if (f == 'ß') {
                b.append("ss");
                prev = 's';
                run = 2;
                continue;
            }
            run = f == prev ? run + 1 : 1;
            prev = f;
            if (run <= 2) {
                b.appendCodePoint(f);
            }
        }
        return b.toString();
    }

    private static char[] buildLatinTable() {
        char[] t = new char[TABLE_END - TABLE_START];
        for (int cp = TABLE_START; cp < TABLE_END; cp++) {
            char c = (char) cp;
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            t[cp - TABLE_START] =
                    (d.length() > 1 && base < 0x80 && Character.isLetter(base))
                            ? Character.toLowerCase(base)
                            : c;
        }
        return t;
    }
}
