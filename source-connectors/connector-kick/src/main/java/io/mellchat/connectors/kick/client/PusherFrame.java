package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Pusher protocol message, the outer envelope {@code {"event", "channel", "data"}}. The {@code
 * data} is kept as it came (a JSON-encoded string in most server events, an object in some) and is
 * decoded on demand by {@link PusherCodec#data}. A chat message's data may already have been read
 * while the envelope was scanned ({@link #chat}); its text is then decoded only if asked for.
 */
public final class PusherFrame {
    private final String event;
    private final String channel;
    private final JsonNode dataNode;
    private final ChatMessageData chat;
    private final char[] frame;
    private final int dataQuote;
    private String dataText;

    /**
     * @param event the event name as sent (e.g. {@code App\Events\ChatMessageEvent}, {@code
     *     pusher:ping})
     * @param channel the Pusher channel, empty for connection-level events
     * @param dataText the string form of {@code data} when it was a JSON string, else null
     * @param dataNode {@code data} when it was not a string (object, null, number), else null
     */
    public PusherFrame(String event, String channel, String dataText, JsonNode dataNode) {
        this(event, channel, dataText, dataNode, null, null, -1);
    }

    private PusherFrame(
            String event,
            String channel,
            String dataText,
            JsonNode dataNode,
            ChatMessageData chat,
            char[] frame,
            int dataQuote) {
        this.event = Objects.requireNonNull(event, "event");
        this.channel = channel == null ? "" : channel;
        this.dataText = dataText;
        this.dataNode = dataNode;
        this.chat = chat;
        this.frame = frame;
        this.dataQuote = dataQuote;
    }

    /** A frame whose data string (opening quote at {@code dataQuote}) was read as {@code chat}. */
    static PusherFrame readChat(
            String event, String channel, ChatMessageData chat, char[] frame, int dataQuote) {
        return new PusherFrame(event, channel, null, null, chat, frame, dataQuote);
    }

    public String event() {
        return event;
    }

    public String channel() {
        return channel;
    }

    /** The string form of {@code data} when it was a JSON string, else null. */
    public String dataText() {
        if (dataText == null && frame != null) {
            try {
                dataText = JsonStrings.decodeAt(frame, dataQuote).value();
            } catch (InvalidFrameException e) {
                // the chat reader accepted this literal, so it decodes
                throw new IllegalStateException(e);
            }
        }
        return dataText;
    }

    /** {@code data} when it was not a string (object, null, number), else null. */
    public JsonNode dataNode() {
        return dataNode;
    }

    /** The chat message read from {@code data} while scanning, or null. */
    ChatMessageData chat() {
        return chat;
    }

    /** The event name without a leading {@code App\Events\} namespace. */
    public String shortEvent() {
        return shortEvent(event);
    }

    static String shortEvent(String event) {
        int slash = event.lastIndexOf('\\');
        return slash < 0 ? event : event.substring(slash + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PusherFrame f
                && event.equals(f.event)
                && channel.equals(f.channel)
                && Objects.equals(dataText(), f.dataText())
                && Objects.equals(dataNode, f.dataNode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, channel, dataText(), dataNode);
    }

    @Override
    public String toString() {
        return "PusherFrame[event="
                + event
                + ", channel="
                + channel
                + ", data="
                + (dataNode != null ? dataNode : dataText())
                + "]";
    }
}
