package io.mellchat.connectors.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatJson;

/**
 * One line of a recording: {@code {"offset_ms": <ms since the recording began>, "type": ...,
 * "data": ...}}, where type and data are an event envelope of {@link ChatJson}. Lines that are
 * blank or start with {@code #} are comments.
 */
public record RecordedEvent(long offsetMillis, ChatEvent event) {

    /**
     * Parses a line.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static RecordedEvent parse(String line) {
        JsonNode node;
        try {
            node = ChatJson.mapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        JsonNode offset = node == null ? null : node.get("offset_ms");
        if (offset == null || !offset.canConvertToLong() || offset.asLong() < 0) {
            throw new IllegalArgumentException("missing or negative offset_ms");
        }
        return new RecordedEvent(offset.asLong(), ChatJson.readEvent(node));
    }

    public static boolean isComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    /** The line form of this event. */
    public String toLine() {
        com.fasterxml.jackson.databind.node.ObjectNode node = ChatJson.mapper().createObjectNode();
        node.put("offset_ms", offsetMillis);
        node.setAll(ChatJson.envelope(event));
        return node.toString();
    }
}
