package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads and writes Pusher protocol 7 frames. The envelope is read with Jackson's streaming parser
 * (once per frame); {@code data}, usually a JSON document inside a JSON string, is parsed into a
 * tree only when an event needs it, unwrapping further string layers (some servers encode twice).
 */
public final class PusherCodec {
    public static final String CONNECTION_ESTABLISHED = "pusher:connection_established";
    public static final String SUBSCRIPTION_SUCCEEDED = "pusher_internal:subscription_succeeded";
    public static final String SUBSCRIPTION_ERROR = "pusher:subscription_error";
    public static final String PING = "pusher:ping";
    public static final String PONG = "pusher:pong";
    public static final String ERROR = "pusher:error";

    /** How many string layers around {@code data} are unwrapped before giving up. */
    private static final int MAX_STRING_LAYERS = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private PusherCodec() {}

    /** The shared mapper (thread-safe) used for {@code data} trees. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads the envelope of one frame. A hand-written scanner (the envelope has three keys): the
     * string-encoded {@code data} is decoded in one pass, without a general parser walking over its
     * hundreds of escaped quotes; values other than strings are handed to Jackson.
     *
     * @throws InvalidFrameException when it is not a JSON object with a string {@code event}
     */
    public static PusherFrame decode(String text) throws InvalidFrameException {
        try {
            return scan(text);
        } catch (RuntimeException e) { // a bug must not take the socket down: count the frame
            throw new InvalidFrameException("unreadable frame (" + e + ")", e);
        }
    }

    private static PusherFrame scan(String text) throws InvalidFrameException {
        String event = null;
        String channel = "";
        String dataText = null;
        JsonNode dataNode = null;
        ChatMessageData chat = null;
        int dataQuote = -1;
        char[] cs = text.toCharArray();
        int n = cs.length;
        int i = JsonStrings.skipWhitespace(cs, 0);
        if (i >= n || cs[i] != '{') {
            throw new InvalidFrameException("a Pusher frame must be a JSON object");
        }
        i = JsonStrings.skipWhitespace(cs, i + 1);
        boolean more = i < n && cs[i] != '}';
        if (!more) {
            i++;
        }
        while (more) {
            if (i >= n || cs[i] != '"') {
                throw new InvalidFrameException("expected a field name at offset " + i);
            }
            JsonStrings.Literal key = JsonStrings.decodeAt(cs, i);
            i = JsonStrings.skipWhitespace(cs, key.end());
            if (i >= n || cs[i] != ':') {
                throw new InvalidFrameException("expected ':' at offset " + i);
            }
            i = JsonStrings.skipWhitespace(cs, i + 1);
            if (i >= n) {
                throw new InvalidFrameException("truncated frame");
            }
            ChatMessageData read =
                    cs[i] == '"' && "data".equals(key.value()) && isChatMessage(event)
                            ? readChat(cs, i)
                            : null;
            if (read != null) {
                chat = read;
                dataQuote = i;
                dataText = null;
                dataNode = null;
                i = read.literalEnd;
            } else if (cs[i] == '"') {
                JsonStrings.Literal value = JsonStrings.decodeAt(cs, i);
                i = value.end();
                switch (key.value()) {
                    case "event":
                        event = value.value();
                        break;
                    case "channel":
                        channel = value.value();
                        break;
                    case "data":
                        dataText = value.value();
                        dataNode = null;
                        chat = null;
                        break;
                    default:
                        break;
                }
            } else {
                int end = JsonStrings.skipValue(cs, i);
                JsonNode value = tree(new String(cs, i, end - i));
                i = end;
                if ("data".equals(key.value())) {
                    dataNode = value;
                    dataText = null;
                    chat = null;
                } else if ("event".equals(key.value())) {
                    event = null;
                }
            }
            i = JsonStrings.skipWhitespace(cs, i);
            if (i < n && cs[i] == ',') {
                i = JsonStrings.skipWhitespace(cs, i + 1);
            } else if (i < n && cs[i] == '}') {
                i++;
                more = false;
            } else {
                throw new InvalidFrameException("expected ',' or '}' at offset " + i);
            }
        }
        if (JsonStrings.skipWhitespace(cs, i) != n) {
            throw new InvalidFrameException("trailing content after the Pusher frame");
        }
        if (event == null) {
            throw new InvalidFrameException("the frame has no string 'event'");
        }
        if (chat != null) {
            return PusherFrame.readChat(event, channel, chat, cs, dataQuote);
        }
        return new PusherFrame(event, channel, dataText, dataNode);
    }

    private static boolean isChatMessage(String event) {
        return event != null && "ChatMessageEvent".equals(PusherFrame.shortEvent(event));
    }

    /**
     * A chat message's data read in place (the hot path), or null when its string is not in the
     * usual encoding; the literal is then decoded and read as usual, which decides.
     */
    private static ChatMessageData readChat(char[] cs, int quote) {
        try {
            return ChatMessageData.readQuoted(cs, quote);
        } catch (InvalidFrameException e) {
            return null;
        }
    }

    private static JsonNode tree(String json) throws InvalidFrameException {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonNode node = MAPPER.readTree(p);
            if (node == null || p.nextToken() != null) {
                throw new InvalidFrameException("invalid JSON value: " + json);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidFrameException("invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidFrameException("unreadable frame: " + e.getMessage(), e);
        }
    }

    /**
     * The decoded {@code data} of a frame: the object inside the string (or strings), or the object
     * as sent. An absent {@code data} is an empty object.
     *
     * @throws InvalidFrameException when the data string is not JSON
     */
    public static JsonNode data(PusherFrame frame) throws InvalidFrameException {
        if (frame.dataNode() != null) {
            return frame.dataNode();
        }
        if (frame.dataText() == null) {
            return MAPPER.createObjectNode();
        }
        String text = frame.dataText();
        try {
            for (int layer = 0; layer < MAX_STRING_LAYERS; layer++) {
                JsonNode node = MAPPER.readTree(text);
                if (node == null || node.isMissingNode()) {
                    throw new InvalidFrameException("empty data");
                }
                if (!node.isTextual()) {
                    return node;
                }
                text = node.textValue();
            }
        } catch (JsonProcessingException e) {
            throw new InvalidFrameException("data is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new InvalidFrameException(
                "data is wrapped in more than " + MAX_STRING_LAYERS + " strings");
    }

    /** A field as text ("" when missing or null; numbers as their decimal form). */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    /** {@code pusher:subscribe} for a public channel. */
    public static String subscribe(String channel) {
        ObjectNode data = MAPPER.createObjectNode().put("auth", "").put("channel", channel);
        return envelope("pusher:subscribe", data);
    }

    /** {@code pusher:unsubscribe}. */
    public static String unsubscribe(String channel) {
        return envelope("pusher:unsubscribe", MAPPER.createObjectNode().put("channel", channel));
    }

    public static String ping() {
        return "{\"event\":\"pusher:ping\",\"data\":{}}";
    }

    public static String pong() {
        return "{\"event\":\"pusher:pong\",\"data\":{}}";
    }

    private static String envelope(String event, ObjectNode data) {
        ObjectNode frame = MAPPER.createObjectNode().put("event", event);
        frame.set("data", data);
        return frame.toString();
    }
}
