package io.mellchat.serving.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * One frame from the job, as published on Redis: the text is forwarded to WebSocket clients
 * unchanged; {@code type}, {@code stream}, {@code platform} and {@code channel} route it. {@code
 * data} is the raw text of the frame's data (an array for {@code message} frames, so batches can be
 * merged without re-encoding).
 */
public record Frame(
        String type, String stream, String platform, String channel, String text, String data) {

    private static final JsonFactory JSON = new JsonFactory();

    /** {@code platform:channel}, or empty for stream-wide frames (platform {@code *}). */
    public Optional<String> channelKey() {
        return "*".equals(platform) || platform.isEmpty()
                ? Optional.empty()
                : Optional.of(platform + ":" + channel);
    }

    /**
     * Parses a pub/sub frame. The Redis channel name (without prefix) gives the platform and
     * channel ({@code messages:twitch:foo}, or {@code stats:stream:<name>}); the payload gives
     * type, stream and data.
     *
     * @throws IllegalArgumentException for a payload that is not a frame
     */
    public static Frame parse(String redisChannel, String text) {
        String platform = "";
        String channel = "";
        String streamFromName = null;
        int first = redisChannel.indexOf(':');
        if (first > 0) {
            String rest = redisChannel.substring(first + 1);
            int second = rest.indexOf(':');
            if (second > 0) {
                String a = rest.substring(0, second);
                String b = rest.substring(second + 1);
                if ("stream".equals(a) && redisChannel.startsWith("stats:")) {
                    platform = "*";
                    channel = "*";
                    streamFromName = b;
                } else {
                    platform = a;
                    channel = b;
                }
            }
        }
        String type = null;
        String stream = null;
        String data = null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a frame must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "type" -> type = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "stream" -> stream = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "platform" -> {
                        if (platform.isEmpty() && t == JsonToken.VALUE_STRING) {
                            platform = p.getText();
                        }
                    }
                    case "channel" -> {
                        if (channel.isEmpty() && t == JsonToken.VALUE_STRING) {
                            channel = p.getText();
                        }
                    }
                    case "data" -> {
                        int start = (int) p.currentTokenLocation().getCharOffset();
                        p.skipChildren();
                        int end = (int) p.currentLocation().getCharOffset();
                        data = start >= 0 && end > start ? text.substring(start, end) : null;
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed frame JSON: " + e.getMessage(), e);
        }
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("frame has no type");
        }
        if (stream == null || stream.isEmpty()) {
            stream = streamFromName;
        }
        return new Frame(type, stream == null ? "" : stream, platform, channel, text, data);
    }

    /** The items of a {@code message} frame's data array, without the brackets, or empty. */
    public Optional<String> items() {
        if (data == null) {
            return Optional.empty();
        }
        String d = data.strip();
        if (d.length() < 2 || d.charAt(0) != '[') {
            return Optional.of(d); // a single Message object
        }
        String inner = d.substring(1, d.length() - 1).strip();
        return inner.isEmpty() ? Optional.empty() : Optional.of(inner);
    }
}
