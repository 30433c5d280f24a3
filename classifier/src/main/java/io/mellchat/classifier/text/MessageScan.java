package io.mellchat.classifier.text;

import java.util.Arrays;

/**
 * One pass over a chat line that splits it into tokens (words, emotes, emoji, mentions, links) and
 * collects the counts that the rules and the question features need. Words are folded ({@link
 * Fold}) into an internal buffer, separated by single spaces, so features can hash them without
 * building strings.
 *
 * <p>A scan is mutable scratch space: reuse one per thread ({@link #scan} resets it). Only the
 * first {@link #MAX_SCAN_CHARS} characters are analysed; {@link #length()} is the full length.
 */
public final class MessageScan {
    /** Characters analysed per line (Twitch and Kick allow 500, YouTube 200). */
    public static final int MAX_SCAN_CHARS = 2048;

    /** Words kept per line. */
    public static final int MAX_WORDS = 192;

    private static final int MAX_TOKENS = 256;
    private static final int FLOOD_MIN_CHARS = 24;
    private static final int FLOOD_MAX_PERIOD = 8;

    private final char[] buf = new char[MAX_SCAN_CHARS * 2 + 8];
    private int bufLen;
    private final int[] wordStart = new int[MAX_WORDS];
    private final int[] wordEnd = new int[MAX_WORDS];
    private final int[] wordHash = new int[MAX_WORDS];
    private final int[] wordFlags = new int[MAX_WORDS];
    private int words;

    private final char[] raw = new char[MAX_SCAN_CHARS + 2];
    private final char[] lower = new char[MAX_SCAN_CHARS + 2];
    private final int[] tokenHash = new int[MAX_TOKENS];
    private final int[] sortScratch = new int[MAX_TOKENS];
    private int tokens;

    private int length;
    private int emotes;
    private int emojis;
    private int mentions;
    private int urls;
    private int qmarks;
    private int invertedQmarks;
    private int exclamations;
    private int letters;
    private int upperLetters;
    private int cyrillic;
    private int art;
    private int maxRun;
    private int floodChars;
    private boolean commandPrefix;
    private int order;
    private int lastWordOrder;
    private int lastQmarkOrder;

    /** Scans {@code text} with no emote positions. */
    public MessageScan scan(String text) {
        return scan(text, null);
    }

    /**
     * Scans {@code text}. {@code emoteSpans} (may be null) holds UTF-16 {@code [start, end)} pairs
     * of emotes the platform marked: {@code {s0, e0, s1, e1, ...}}; tokens inside them are emotes.
     */
    public MessageScan scan(String text, int[] emoteSpans) {
        reset();
        length = text.length();
        int limit = Math.min(length, MAX_SCAN_CHARS);
        if (limit < length && limit > 0 && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        int i = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < limit && !isSeparator(text.charAt(j))) {
                j++;
            }
            if (tokens == 0) {
                commandPrefix = c == '!' && j > i + 1 && Fold.isWordChar(text.codePointAt(i + 1));
            }
            token(text, i, j, emoteSpans);
            i = j;
        }
        return this;
    }

    private void reset() {
        bufLen = 0;
        words = 0;
        tokens = 0;
        emotes = 0;
        emojis = 0;
        mentions = 0;
        urls = 0;
        qmarks = 0;
        invertedQmarks = 0;
        exclamations = 0;
        letters = 0;
        upperLetters = 0;
        cyrillic = 0;
        art = 0;
        maxRun = 0;
        floodChars = 0;
        commandPrefix = false;
        order = 0;
        lastWordOrder = 0;
        lastQmarkOrder = 0;
    }

    private static boolean isSeparator(char c) {
        return c <= ' '
                || c == 0x7F
                || (c >= 0x80 && c <= 0xA0)
                || c == 0x200B
                || c == 0xFEFF
                || c == 0x3000
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F;
    }

    private void token(String text, int s, int e, int[] emoteSpans) {
        int n = e - s;
        text.getChars(s, e, raw, 0);
        int h = Hashing.start();
        int run = 0;
        char prev = 0;
        for (int k = 0; k < n; k++) {
            char lc = Character.toLowerCase(raw[k]);
            lower[k] = lc;
            h = Hashing.step(h, lc);
            run = lc == prev ? run + 1 : 1;
            prev = lc;
            if (run > maxRun) {
                maxRun = run;
            }
        }
        if (tokens < MAX_TOKENS) {
            tokenHash[tokens] = h;
        }
        tokens++;
        if (n >= FLOOD_MIN_CHARS && isPeriodic(n)) {
            floodChars = Math.max(floodChars, n);
        }
        if (emoteSpans != null && insideSpan(s, e, emoteSpans)) {
            emotes++;
            return;
        }
        if (raw[0] == '@' && n > 1) {
            mentions++;
            countTrailingMarks(n);
            return;
        }
        if (n >= 4 && Links.isLink(lower, n)) {
            urls++;
            return;
        }
        int core = n;
        while (core > 1 && isTrailingMark(raw[core - 1])) {
            core--;
        }
        if (Emotes.isEmote(raw, lower, n)
                || (core < n && Emotes.isEmote(raw, lower, core) && !isEmoticonChar(raw[core]))) {
            emotes++;
            if (core < n) {
                countTrailingMarks(n);
            }
            return;
        }
        words(n);
    }

    private static boolean isTrailingMark(char c) {
        return c == '?' || c == '!' || c == '.' || c == ',';
    }

    private static boolean isEmoticonChar(char c) {
        return c == ')' || c == '(';
    }

    private void countTrailingMarks(int n) {
        for (int k = n - 1; k >= 0 && isTrailingMark(raw[k]); k--) {
            if (raw[k] == '?') {
                qmarks++;
                lastQmarkOrder = ++order;
            } else if (raw[k] == '!') {
                exclamations++;
            }
        }
    }

    private boolean isPeriodic(int n) {
        for (int p = 1; p <= FLOOD_MAX_PERIOD; p++) {
            int k = p;
            while (k < n && lower[k] == lower[k - p]) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSpan(int s, int e, int[] spans) {
        for (int k = 0; k + 1 < spans.length; k += 2) {
            if (spans[k] <= s && e <= spans[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Splits a plain token into folded word pieces and counts marks, emoji and art. */
    private void words(int n) {
        boolean inWord = false;
        int start = 0;
        int h = 0;
        int prevFolded = -1;
        int run = 0;
        for (int k = 0; k < n; ) {
            int cp = Character.codePointAt(raw, k, n);
            int next = k + Character.charCount(cp);
            if (Fold.isWordChar(cp)) {
                if (!inWord) {
                    if (words >= MAX_WORDS) {
                        k = next;
                        continue;
                    }
                    if (bufLen > 0) {
                        buf[bufLen++] = ' ';
                    }
                    start = bufLen;
                    h = Hashing.start();
                    prevFolded = -1;
                    run = 0;
                    inWord = true;
                }
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.isUpperCase(cp)) {
                        upperLetters++;
                    }
                    if (cp >= 0x0400 && cp <= 0x04FF) {
                        cyrillic++;
                    }
                }
                int f = Fold.fold(cp);
                if (f != Fold.DROP) {
                    if (f == 'ß') {
                        buf[bufLen++] = 's';
                        buf[bufLen++] = 's';
                        h = Hashing.step(Hashing.step(h, 's'), 's');
                        prevFolded = 's';
                        run = 2;
                    } else {
                        run = f == prevFolded ? run + 1 : 1;
                        prevFolded = f;
                        if (run <= 2) {
                            if (f < 0x10000) {
                                buf[bufLen++] = (char) f;
                                h = Hashing.step(h, (char) f);
                            } else {
                                char hi = Character.highSurrogate(f);
                                char lo = Character.lowSurrogate(f);
                                buf[bufLen++] = hi;
                                buf[bufLen++] = lo;
                                h = Hashing.step(Hashing.step(h, hi), lo);
                            }
                        }
                    }
                }
            } else if (inWord
                    && Fold.isApostrophe(cp)
                    && next < n
                    && Fold.isWordChar(Character.codePointAt(raw, next, n))) {
                // "what's" -> "whats": stay in the word
            } else {
                if (inWord) {
                    finishWord(start, h);
                    inWord = false;
                }
                mark(cp);
            }
            k = next;
        }
        if (inWord) {
            finishWord(start, h);
        }
    }

    private void finishWord(int start, int h) {
        if (bufLen == start) {
            if (start > 0) {
                bufLen--; // drop the separator of an empty word
            }
            return;
        }
        wordStart[words] = start;
        wordEnd[words] = bufLen;
        wordHash[words] = h;
        wordFlags[words] = Lexicon.flags(buf, start, bufLen, h);
        words++;
        lastWordOrder = ++order;
    }

    private void mark(int cp) {
        switch (cp) {
            case '?', '？' -> {
                qmarks++;
                lastQmarkOrder = ++order;
            }
            case '¿' -> invertedQmarks++;
            case '!', '¡' -> exclamations++;
            default -> {
                if (cp >= 0x2800 && cp <= 0x28FF || cp >= 0x2500 && cp <= 0x259F) {
                    art++;
                } else if (isEmoji(cp)) {
                    emojis++;
                }
            }
        }
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0x2122
                || cp == 0x00A9
                || cp == 0x00AE
                || (cp > 0x7F && Character.getType(cp) == Character.OTHER_SYMBOL);
    }

    // ---- results -------------------------------------------------------------------------

    /** Full length of the line in UTF-16 units (not only the scanned part). */
    public int length() {
        return length;
    }

    /** Whitespace-separated tokens. */
    public int tokens() {
        return tokens;
    }

    /** Word pieces (letters/digits; emotes, mentions and links excluded). */
    public int words() {
        return words;
    }

    /** The folded words, separated by single spaces. */
    public char[] buffer() {
        return buf;
    }

    /** Used length of {@link #buffer()}. */
    public int bufferLength() {
        return bufLen;
    }

    public int wordStart(int i) {
        return wordStart[i];
    }

    public int wordEnd(int i) {
        return wordEnd[i];
    }

    /** FNV-1a hash of the folded word. */
    public int wordHash(int i) {
        return wordHash[i];
    }

    /** {@link Lexicon} flags of the word. */
    public int wordFlags(int i) {
        return wordFlags[i];
    }

    /** {@link Lexicon} flags of the phrase made of words {@code [i, i + n)}, 0 if none. */
    public int phraseFlags(int i, int n) {
        if (n == 1) {
            return wordFlags[i];
        }
        return Lexicon.flags(buf, wordStart[i], wordEnd[i + n - 1]);
    }

    public int emotes() {
        return emotes;
    }

    public int emojis() {
        return emojis;
    }

    public int mentions() {
        return mentions;
    }

    public int links() {
        return urls;
    }

    public int questionMarks() {
        return qmarks;
    }

    public int invertedQuestionMarks() {
        return invertedQmarks;
    }

    public int exclamations() {
        return exclamations;
    }

    /** True when a '?' follows the last word ("what game is this? LUL" counts). */
    public boolean questionMarkAtEnd() {
        return qmarks > 0 && lastQmarkOrder > lastWordOrder;
    }

    public int letters() {
        return letters;
    }

    public int upperLetters() {
        return upperLetters;
    }

    public int cyrillicLetters() {
        return cyrillic;
    }

    /** Braille and box-drawing characters (ASCII-art copypasta). */
    public int artChars() {
        return art;
    }

    /** Longest run of one character (case-insensitive) inside a token. */
    public int maxCharRun() {
        return maxRun;
    }

    /** Length of the longest token made of one short pattern repeated ("LULLULLUL…"), or 0. */
    public int periodicFloodChars() {
        return floodChars;
    }

    /** The line starts with {@code !word}. */
    public boolean commandPrefix() {
        return commandPrefix;
    }

    /** How often the most frequent token (case-insensitive) occurs. */
    public int maxTokenRepeat() {
        int n = Math.min(tokens, MAX_TOKENS);
        if (n < 2) {
            return n;
        }
        System.arraycopy(tokenHash, 0, sortScratch, 0, n);
        Arrays.sort(sortScratch, 0, n);
        int best = 1;
        int cur = 1;
        for (int k = 1; k < n; k++) {
            cur = sortScratch[k] == sortScratch[k - 1] ? cur + 1 : 1;
            best = Math.max(best, cur);
        }
        return best;
    }

    /** Number of distinct words. */
    public int distinctWords() {
        if (words < 2) {
            return words;
        }
        System.arraycopy(wordHash, 0, sortScratch, 0, words);
        Arrays.sort(sortScratch, 0, words);
        int d = 1;
        for (int k = 1; k < words; k++) {
            if (sortScratch[k] != sortScratch[k - 1]) {
                d++;
            }
        }
        return d;
    }
}
