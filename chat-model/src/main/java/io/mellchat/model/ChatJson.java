package io.mellchat.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * The JSON codec of the model, with PRODUCT.md's public field names ({@code platform_message_id},
 * {@code display_name}…), ISO-8601 UTC times, and unknown fields ignored so older readers accept
 * newer writers.
 *
 * <p>An event on its own travels in an envelope {@code {"type": "message"|"delete"|"ban"|"clear"|
 * "status", "data": {...}}}; a bare {@link ChatMessage} is written as PRODUCT.md's Message object.
 */
public final class ChatJson {

    private static final ObjectMapper MAPPER = newMapper();

    private ChatJson() {}

    /**
     * A mapper configured like the codec, for callers that build their own JSON around the model.
     */
    public static ObjectMapper newMapper() {
        return withBeanCodec()
                .addModule(
                        new SimpleModule("mellchat-messages")
                                .addSerializer(ChatMessage.class, new ChatMessageSerializer())
                                .addDeserializer(ChatMessage.class, new ChatMessageDeserializer()))
                .build();
    }

    /**
     * The codec's configuration with Jackson's own bean serializers and deserializers: the
     * reference that {@link ChatMessageSerializer} and {@link ChatMessageDeserializer} are tested
     * against.
     */
    static JsonMapper.Builder withBeanCodec() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(
                        new SimpleModule("mellchat-instants")
                                .addDeserializer(Instant.class, new FastInstants()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes any model object (a message, an action…) as JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope type name of an event. */
    public static String typeOf(ChatEvent event) {
        if (event instanceof ChatMessage) {
            return "message";
        } else if (event instanceof MessageDeleted) {
            return "delete";
        } else if (event instanceof UserBanned) {
            return "ban";
        } else if (event instanceof ChatCleared) {
            return "clear";
        } else if (event instanceof ChannelStatusChanged) {
            return "status";
        }
        throw new IllegalStateException("unhandled event " + event.getClass());
    }

    /** {@code {"type": ..., "data": ...}} for one event. */
    public static ObjectNode envelope(ChatEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", typeOf(event));
        node.set("data", MAPPER.valueToTree(event));
        return node;
    }

    public static String writeEvent(ChatEvent event) {
        return envelope(event).toString();
    }

    /**
     * Reads an event envelope.
     *
     * @throws IllegalArgumentException for malformed JSON, an unknown type or missing fields
     */
    public static ChatEvent readEvent(String json) {
        return readEvent(json, (name, value) -> {});
    }

    /**
     * Reads an event envelope in one streaming pass (no tree when {@code type} comes before {@code
     * data}, as {@link #writeEvent} writes it), handing every other top-level field to {@code
     * other}: recordings put their {@code offset_ms} beside the envelope.
     *
     * @throws IllegalArgumentException for malformed JSON, an unknown type or missing fields
     */
    public static ChatEvent readEvent(String json, BiConsumer<String, JsonNode> other) {
        try (JsonParser p = MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an event must be a JSON object");
            }
            String type = "";
            String readAs = null;
            ChatEvent event = null;
            JsonNode data = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("type".equals(name)) {
                    type = t == JsonToken.VALUE_STRING ? p.getText() : "";
                    p.skipChildren();
                } else if ("data".equals(name) && t == JsonToken.START_OBJECT) {
                    if (type.isEmpty()) {
                        data = MAPPER.readTree(p); // type may follow
                        event = null;
                    } else {
                        event = readData(p, type, eventClass(type));
                        readAs = type;
                        data = null;
                    }
                } else if ("data".equals(name)) {
                    p.skipChildren();
                    event = null;
                    data = null;
                } else {
                    other.accept(name, MAPPER.readTree(p));
                }
            }
            if (event != null && !type.equals(readAs)) {
                throw new IllegalArgumentException(
                        "event type '" + readAs + "' changed to '" + type + "' after its data");
            }
            if (event != null) {
                return event;
            }
            if (data == null) {
                throw new IllegalArgumentException(
                        "event of type '" + type + "' has no data object");
            }
            return readData(data, type, eventClass(type));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "malformed event JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an event envelope that is already parsed. */
    public static ChatEvent readEvent(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an event must be a JSON object");
        }
        String type = node.path("type").asText("");
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("event of type '" + type + "' has no data object");
        }
        return readData(data, type, eventClass(type));
    }

    private static Class<? extends ChatEvent> eventClass(String type) {
        switch (type) {
            case "message":
                return ChatMessage.class;
            case "delete":
                return MessageDeleted.class;
            case "ban":
                return UserBanned.class;
            case "clear":
                return ChatCleared.class;
            case "status":
                return ChannelStatusChanged.class;
            default:
                throw new IllegalArgumentException("unknown event type '" + type + "'");
        }
    }

    /** Malformed JSON (a {@code StreamReadException}) is left to the caller. */
    private static ChatEvent readData(JsonParser p, String type, Class<? extends ChatEvent> cls)
            throws IOException {
        try {
            return MAPPER.readValue(p, cls);
        } catch (DatabindException | RuntimeException e) {
            throw invalid(type, e);
        }
    }

    private static ChatEvent readData(JsonNode data, String type, Class<? extends ChatEvent> cls) {
        try {
            return MAPPER.treeToValue(data, cls);
        } catch (JsonProcessingException | RuntimeException e) {
            throw invalid(type, e);
        }
    }

    private static IllegalArgumentException invalid(String type, Exception e) {
        String why =
                e instanceof JsonProcessingException
                        ? ((JsonProcessingException) e).getOriginalMessage()
                        : e.getMessage();
        return new IllegalArgumentException("invalid '" + type + "' event: " + why, e);
    }

    /** Reads a Message object as written by {@link #write}. */
    public static ChatMessage readMessage(String json) {
        try {
            return MAPPER.readValue(json, ChatMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid message: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid message: " + e.getMessage(), e);
        }
    }

    /**
     * Instants in the shapes MellChat writes are parsed by {@link IsoInstants} (every message has
     * two); anything else (numbers, other ISO forms) goes to the Java time module's deserializer.
     */
    private static final class FastInstants extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        FastInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Instant fast = IsoInstants.parseOrNull(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }
}
