package io.mellchat.classifier;

import io.mellchat.classifier.text.MessageScan;

/**
 * Canonical form of a chat line for comparing lines (flood detection, question merging): words
 * only, case-folded and accent-folded (Unicode-aware: Cyrillic, Latin with diacritics, other
 * scripts kept), with emotes, emoji, mentions, links and punctuation removed, letter runs capped at
 * two ("sooooo" → "soo") and immediately repeated words collapsed ("lol lol lol" → "lol").
 *
 * <p>Examples: {@code "What's your MOUSE?? KEKW"} → {@code "whats your mouse"}; {@code "¿Qué juego
 * es?"} → {@code "que juego es"}. Thread-safe.
 */
public final class TextNormalizer {
    private static final ThreadLocal<MessageScan> SCAN = ThreadLocal.withInitial(MessageScan::new);

    private TextNormalizer() {}

    /** The normalised text; empty when the line has no words. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        MessageScan s = SCAN.get().scan(text);
        int words = s.words();
        if (words == 0) {
            return "";
        }
        char[] buf = s.buffer();
        StringBuilder b = new StringBuilder(s.bufferLength());
        int prevStart = -1;
        int prevEnd = -1;
        for (int i = 0; i < words; i++) {
            int st = s.wordStart(i);
            int en = s.wordEnd(i);
            if (prevStart >= 0 && sameWord(buf, prevStart, prevEnd, st, en)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(buf, st, en - st);
            prevStart = st;
            prevEnd = en;
        }
        return b.toString();
    }

    private static boolean sameWord(char[] buf, int s1, int e1, int s2, int e2) {
        if (e1 - s1 != e2 - s2) {
            return false;
        }
        for (int k = 0; k < e1 - s1; k++) {
            if (buf[s1 + k] != buf[s2 + k]) {
                return false;
            }
        }
        return true;
    }
}
