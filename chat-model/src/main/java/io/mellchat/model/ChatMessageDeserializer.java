package io.mellchat.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads PRODUCT.md's Message field by field into {@link ChatMessage}'s canonical constructor, as
 * Jackson's bean deserializer does (a test holds the two to the same result, or both to an error,
 * on well-formed and on mangled input), without its per-property buffering. Values of the expected
 * JSON type are read directly; anything else (numbers where text belongs, nested objects, nulls in
 * primitive fields) goes to the very deserializer the bean deserializer would have used, so
 * coercions and errors stay Jackson's. Unknown fields are skipped; of a field given twice, the last
 * value counts.
 */
final class ChatMessageDeserializer extends StdDeserializer<ChatMessage>
        implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private JsonDeserializer<Object> strings;
    private JsonDeserializer<Object> uuids;
    private JsonDeserializer<Object> instants;
    private JsonDeserializer<Object> platforms;
    private JsonDeserializer<Object> kinds;
    private JsonDeserializer<Object> booleans;
    private JsonDeserializer<Object> doubles;
    private JsonDeserializer<Object> ints;
    private JsonDeserializer<Object> replyParents;
    private JsonDeserializer<Object> badges;
    private JsonDeserializer<Object> emotes;
    private JsonDeserializer<Object> amounts;
    private JsonDeserializer<Object> metas;

    ChatMessageDeserializer() {
        super(ChatMessage.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        var types = ctxt.getTypeFactory();
        strings = find(ctxt, types.constructType(String.class));
        uuids = find(ctxt, types.constructType(UUID.class));
        instants = find(ctxt, types.constructType(Instant.class));
        platforms = find(ctxt, types.constructType(Platform.class));
        kinds = find(ctxt, types.constructType(MessageKind.class));
        booleans = find(ctxt, types.constructType(Boolean.TYPE));
        doubles = find(ctxt, types.constructType(Double.TYPE));
        ints = find(ctxt, types.constructType(Integer.TYPE));
        replyParents = find(ctxt, types.constructType(ReplyParent.class));
        badges = find(ctxt, types.constructCollectionType(List.class, Badge.class));
        emotes = find(ctxt, types.constructCollectionType(List.class, Emote.class));
        amounts = find(ctxt, types.constructType(Amount.class));
        metas = find(ctxt, types.constructMapType(Map.class, String.class, String.class));
    }

    private static JsonDeserializer<Object> find(DeserializationContext ctxt, JavaType type)
            throws JsonMappingException {
        return ctxt.findRootValueDeserializer(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ChatMessage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return (ChatMessage) ctxt.handleUnexpectedToken(ChatMessage.class, p);
        }
        UUID id = null;
        Platform platform = null;
        String channel = null;
        String stream = null;
        String platformMessageId = null;
        String userId = null;
        String username = null;
        String displayName = null;
        String message = null;
        Instant timestamp = null;
        Instant receivedAt = null;
        MessageKind kind = null;
        boolean action = false;
        String replyTo = null;
        ReplyParent replyParent = null;
        List<Badge> badgeList = null;
        String color = null;
        List<Emote> emoteList = null;
        Amount amount = null;
        Map<String, String> meta = null;
        String category = null;
        double confidence = 0;
        int upvotes = 0;
        boolean deleted = false;
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> id = (UUID) object(p, ctxt, v, uuids);
                case "platform" -> platform = (Platform) object(p, ctxt, v, platforms);
                case "channel" -> channel = text(p, ctxt, v);
                case "stream" -> stream = text(p, ctxt, v);
                case "platform_message_id" -> platformMessageId = text(p, ctxt, v);
                case "user_id" -> userId = text(p, ctxt, v);
                case "username" -> username = text(p, ctxt, v);
                case "display_name" -> displayName = text(p, ctxt, v);
                case "message" -> message = text(p, ctxt, v);
                case "timestamp" -> timestamp = instant(p, ctxt, v);
                case "received_at" -> receivedAt = instant(p, ctxt, v);
                case "kind" -> kind = (MessageKind) object(p, ctxt, v, kinds);
                case "action" -> action = bool(p, ctxt, v);
                case "reply_to" -> replyTo = text(p, ctxt, v);
                case "reply_parent" -> replyParent = (ReplyParent) object(p, ctxt, v, replyParents);
                case "badges" -> badgeList = (List<Badge>) object(p, ctxt, v, badges);
                case "color" -> color = text(p, ctxt, v);
                case "emotes" -> emoteList = (List<Emote>) object(p, ctxt, v, emotes);
                case "amount" -> amount = (Amount) object(p, ctxt, v, amounts);
                case "meta" -> meta = (Map<String, String>) object(p, ctxt, v, metas);
                case "category" -> category = text(p, ctxt, v);
                case "confidence" -> confidence = number(p, ctxt, v);
                case "upvotes" -> upvotes = integer(p, ctxt, v);
                case "deleted" -> deleted = bool(p, ctxt, v);
                default -> p.skipChildren();
            }
        }
        try {
            return new ChatMessage(
                    id,
                    platform,
                    channel,
                    stream,
                    platformMessageId,
                    userId,
                    username,
                    displayName,
                    message,
                    timestamp,
                    receivedAt,
                    kind,
                    action,
                    replyTo,
                    replyParent,
                    badgeList,
                    color,
                    emoteList,
                    amount,
                    meta,
                    category,
                    confidence,
                    upvotes,
                    deleted);
        } catch (RuntimeException e) {
            return (ChatMessage) ctxt.handleInstantiationProblem(ChatMessage.class, null, e);
        }
    }

    private String text(JsonParser p, DeserializationContext ctxt, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return (String) object(p, ctxt, v, strings);
    }

    private Instant instant(JsonParser p, DeserializationContext ctxt, JsonToken v)
            throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            Instant fast = IsoInstants.parseOrNull(p.getText());
            if (fast != null) {
                return fast;
            }
        }
        return (Instant) object(p, ctxt, v, instants);
    }

    private boolean bool(JsonParser p, DeserializationContext ctxt, JsonToken v)
            throws IOException {
        if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            return v == JsonToken.VALUE_TRUE;
        }
        Object b = object(p, ctxt, v, booleans);
        return b != null && (Boolean) b;
    }

    private double number(JsonParser p, DeserializationContext ctxt, JsonToken v)
            throws IOException {
        if (v == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        Object d = object(p, ctxt, v, doubles);
        return d == null ? 0 : (Double) d;
    }

    private int integer(JsonParser p, DeserializationContext ctxt, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        Object i = object(p, ctxt, v, ints);
        return i == null ? 0 : (Integer) i;
    }

    /** What the bean deserializer's property would read: null for JSON null, as it does. */
    private static Object object(
            JsonParser p, DeserializationContext ctxt, JsonToken v, JsonDeserializer<Object> d)
            throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        return d.deserialize(p, ctxt);
    }
}
