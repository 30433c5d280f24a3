package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Pusher protocol message, the outer envelope {@code {"event", "channel", "data"}}. The {@code
 * data} is kept as it came (a JSON-encoded string in most server events, an object in some) and is
 * decoded on demand by {@link PusherCodec#data}.
 *
 * @param event the event name as sent (e.g. {@code App\Events\ChatMessageEvent}, {@code
 *     pusher:ping})
 * @param channel the Pusher channel, empty for connection-level events
 * @param dataText the string form of {@code data} when it was a JSON string, else null
 * @param dataNode {@code data} when it was not a string (object, null, number), else null
 */
public record PusherFrame(String event, String channel, String dataText, JsonNode dataNode) {
    public PusherFrame {
        Objects.requireNonNull(event, "event");
        channel = channel == null ? "" : channel;
    }

    /** The event name without a leading {@code App\Events\} namespace. */
    public String shortEvent() {
        int slash = event.lastIndexOf('\\');
        return slash < 0 ? event : event.substring(slash + 1);
    }
}
