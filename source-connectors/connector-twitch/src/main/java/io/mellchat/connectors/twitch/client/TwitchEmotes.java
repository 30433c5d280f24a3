package io.mellchat.connectors.twitch.client;

import io.mellchat.model.Emote;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Twitch's {@code emotes} tag ({@code <id>:<start>-<end>[,<start>-<end>]/<id>:...}, positions
 * in Unicode code points, end inclusive) into {@link Emote}s with UTF-16 offsets, end exclusive, so
 * that {@code text.substring(start, end)} is the emote's name. Malformed or out-of-range entries
 * are ignored.
 */
public final class TwitchEmotes {

    static final String IMAGE_URL = "https://static-cdn.jtvnw.net/emoticons/v2/";
    static final String IMAGE_SUFFIX = "/default/dark/1.0";

    private TwitchEmotes() {}

    /** The emotes of {@code text} described by {@code tag}, ordered by position. */
    public static List<Emote> parse(String tag, String text) {
        int n = tag.length();
        if (n == 0 || text.isEmpty()) {
            return List.of();
        }
        int[] utf16 = codePointOffsets(text);
        int codePoints = utf16 == null ? text.length() : utf16.length - 1;
        List<Emote> out = new ArrayList<>(4);
        int p = 0;
        while (p < n) {
            int slash = tag.indexOf('/', p);
            int segEnd = slash < 0 ? n : slash;
            int colon = tag.indexOf(':', p);
            if (colon > p && colon < segEnd) {
                String id = tag.substring(p, colon);
                int q = colon + 1;
                while (q < segEnd) {
                    int comma = tag.indexOf(',', q);
                    int rangeEnd = comma < 0 || comma > segEnd ? segEnd : comma;
                    addRange(tag, q, rangeEnd, id, text, utf16, codePoints, out);
                    q = rangeEnd + 1;
                }
            }
            p = segEnd + 1;
        }
        if (out.size() > 1) {
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
    }

    private static void addRange(
            String tag,
            int from,
            int to,
            String id,
            String text,
            int[] utf16,
            int codePoints,
            List<Emote> out) {
        int dash = tag.indexOf('-', from);
        if (dash < 0 || dash >= to) {
            return;
        }
        int start = number(tag, from, dash);
        int last = number(tag, dash + 1, to);
        if (start < 0 || last < start || last >= codePoints) {
            return;
        }
        int s = utf16 == null ? start : utf16[start];
        int e = utf16 == null ? last + 1 : utf16[last + 1];
        out.add(new Emote(id, text.substring(s, e), s, e, IMAGE_URL + id + IMAGE_SUFFIX));
    }

    /** A decimal number in {@code s[from, to)}, or -1 when it is not one. */
    private static int number(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * For text with characters outside the BMP: the UTF-16 offset of every code point index (plus
     * one entry for the end). Null when every character is one code unit (offsets are equal).
     */
    private static int[] codePointOffsets(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !Character.isSurrogate(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return null;
        }
        int[] offsets = new int[text.codePointCount(0, n) + 1];
        int cp = 0;
        int p = 0;
        while (p < n) {
            offsets[cp++] = p;
            p += Character.charCount(text.codePointAt(p));
        }
        offsets[cp] = n;
        return offsets;
    }
}
