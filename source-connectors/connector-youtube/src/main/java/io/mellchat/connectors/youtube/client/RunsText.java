package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.Emote;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable text of the web client's {@code runs}: text runs as they are, standard emoji as
 * their glyph, custom (channel) emoji as their shortcut such as {@code :_wave:} with an {@link
 * Emote} over it (UTF-16 offsets, image URL of the largest thumbnail).
 */
record RunsText(String text, List<Emote> emotes) {

    static final RunsText EMPTY = new RunsText("", List.of());

    /** Reads {@code {"runs":[…]}} or {@code {"simpleText":"…"}}. */
    static RunsText of(JsonNode textNode) {
        if (textNode.has("simpleText")) {
            return new RunsText(textNode.path("simpleText").asText(""), List.of());
        }
        JsonNode runs = textNode.path("runs");
        if (!runs.isArray() || runs.isEmpty()) {
            return EMPTY;
        }
        StringBuilder text = new StringBuilder();
        List<Emote> emotes = new ArrayList<>();
        for (JsonNode run : runs) {
            if (run.has("text")) {
                text.append(run.path("text").asText(""));
            } else if (run.has("emoji")) {
                appendEmoji(run.path("emoji"), text, emotes);
            }
        }
        return new RunsText(text.toString(), emotes.isEmpty() ? List.of() : List.copyOf(emotes));
    }

    /** Only the text of {@code runs} or {@code simpleText}, without emotes. */
    static String plain(JsonNode textNode) {
        return of(textNode).text();
    }

    private static void appendEmoji(JsonNode emoji, StringBuilder text, List<Emote> emotes) {
        String id = emoji.path("emojiId").asText("");
        String shortcut = emoji.path("shortcuts").path(0).asText("");
        boolean custom = emoji.path("isCustomEmoji").asBoolean(false) || id.contains("/");
        if (!custom) {
            // a standard emoji: its id is the glyph itself
            text.append(!id.isEmpty() ? id : shortcut);
            return;
        }
        String name =
                !shortcut.isEmpty()
                        ? shortcut
                        : ":" + emoji.path("searchTerms").path(0).asText(id) + ":";
        int start = text.length();
        text.append(name);
        emotes.add(
                new Emote(
                        id.isEmpty() ? name : id,
                        name,
                        start,
                        text.length(),
                        largestImage(emoji.path("image"))));
    }

    /** The URL of the largest thumbnail of an image ("" when there is none). */
    static String largestImage(JsonNode image) {
        String url = "";
        long best = -1;
        for (JsonNode t : image.path("thumbnails")) {
            long size = t.path("width").asLong(0) * t.path("height").asLong(0);
            if (size >= best && t.hasNonNull("url")) {
                best = size;
                url = t.path("url").asText();
            }
        }
        return url;
    }
}
