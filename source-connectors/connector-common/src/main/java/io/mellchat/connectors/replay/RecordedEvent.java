package io.mellchat.connectors.replay;

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
        long[] offset = {-1};
        ChatEvent event =
                ChatJson.readEvent(
                        line,
                        (name, value) -> {
                            if ("offset_ms".equals(name) && value.canConvertToLong()) {
                                offset[0] = value.asLong();
                            }
                        });
        if (offset[0] < 0) {
            throw new IllegalArgumentException("missing or negative offset_ms");
        }
        return new RecordedEvent(offset[0], event);
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
