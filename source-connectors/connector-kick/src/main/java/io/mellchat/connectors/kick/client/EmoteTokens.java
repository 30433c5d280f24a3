package io.mellchat.connectors.kick.client;

import io.mellchat.model.Emote;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces Kick's inline emote tokens {@code [emote:ID:NAME]} by {@code NAME} and records where
 * each name ends up, in UTF-16 code units of the cleaned text ({@code start} inclusive, {@code end}
 * exclusive). A scanner, not a regex: chat lines are short and this runs for every message.
 *
 * <p>A token is {@code [emote:} + 1–19 ASCII digits + {@code :} + a name of 1–100 characters with
 * no {@code [}, {@code ]} or line break + {@code ]}. Anything else is left as typed.
 */
public final class EmoteTokens {
    private static final String OPEN = "[emote:";
    private static final int MAX_ID_DIGITS = 19;
    private static final int MAX_NAME = 100;
    private static final String URL_PREFIX = "https://files.kick.com/emotes/";
    private static final String URL_SUFFIX = "/fullsize";

    private EmoteTokens() {}

    /** The readable text and its emotes. */
    public record Cleaned(String text, List<Emote> emotes) {}

    /** The image address of an emote id. */
    public static String url(String id) {
        return URL_PREFIX + id + URL_SUFFIX;
    }

    public static Cleaned clean(String content) {
        int at = content.indexOf(OPEN);
        if (at < 0) {
            return new Cleaned(content, List.of());
        }
        StringBuilder out = new StringBuilder(content.length());
        List<Emote> emotes = new ArrayList<>(2);
        int copied = 0;
        while (at >= 0) {
            int idStart = at + OPEN.length();
            int idEnd = digitsEnd(content, idStart);
            int nameStart = idEnd + 1;
            int close =
                    idEnd > idStart && idEnd < content.length() && content.charAt(idEnd) == ':'
                            ? nameEnd(content, nameStart)
                            : -1;
            if (close < 0) {
                at = content.indexOf(OPEN, at + 1);
                continue;
            }
            out.append(content, copied, at);
            int start = out.length();
            out.append(content, nameStart, close);
            String id = content.substring(idStart, idEnd);
            emotes.add(
                    new Emote(
                            id, content.substring(nameStart, close), start, out.length(), url(id)));
            copied = close + 1;
            at = content.indexOf(OPEN, copied);
        }
        out.append(content, copied, content.length());
        return new Cleaned(out.toString(), emotes);
    }

    /**
     * The index after the run of ASCII digits at {@code from}, or {@code from} if none or too long.
     */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i - from <= MAX_ID_DIGITS) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            i++;
        }
        return i - from > MAX_ID_DIGITS ? from : i;
    }

    /** The index of the {@code ]} closing a name that starts at {@code from}, or -1. */
    private static int nameEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_NAME + 1);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ']') {
                return i > from ? i : -1;
            }
            if (c == '[' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}
