package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mellchat.model.flink.UserActionTypeInfoFactory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * Something a person did through the API (or, for chat-native votes, in chat) that the job applies:
 * an upvote, marking a question answered or open again, hiding a message. Serving writes these into
 * the Redis Stream {@value #STREAM_KEY}, one entry each, with a unique {@code actionId}; the job
 * consumes the stream.
 *
 * <p>{@code actor} identifies the voter: the token's subject for API users ({@code viewer:…},
 * {@code moderator:…}) or {@code <platform>:<user id>} for chat-native votes. {@code role} is the
 * actor's role when the action was accepted.
 *
 * <p>{@code stream}, {@code platform} and {@code channel} say where the target lives (for a
 * question: its stream and the channel where it was first asked; for a message: its channel and
 * stream). The writer fills them from its lookup of the target, so that the job can route the
 * action to the keyed state that owns the target without a lookup of its own. Empty when unknown.
 */
@TypeInfo(UserActionTypeInfoFactory.class)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserAction(
        String actionId,
        Type type,
        Target targetType,
        UUID targetId,
        String actor,
        String role,
        Instant timestamp,
        String stream,
        String platform,
        String channel) {

    /** The Redis Stream serving writes to and the job reads. */
    public static final String STREAM_KEY = "mellchat:actions";

    public UserAction {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(timestamp, "timestamp");
        role = role == null ? "" : role;
        stream = stream == null ? "" : stream;
        platform = platform == null ? "" : platform;
        channel = channel == null ? "" : channel;
        if (actionId.isEmpty() || actor.isEmpty()) {
            throw new IllegalArgumentException("action id and actor must not be empty");
        }
        if ((type == Type.ANSWER || type == Type.UNANSWER) && targetType != Target.QUESTION) {
            throw new IllegalArgumentException(type.id() + " applies to questions only");
        }
        if (type == Type.HIDE && targetType != Target.MESSAGE) {
            throw new IllegalArgumentException("hide applies to messages only");
        }
    }

    /** An action whose target's location is not known (yet). */
    public UserAction(
            String actionId,
            Type type,
            Target targetType,
            UUID targetId,
            String actor,
            String role,
            Instant timestamp) {
        this(actionId, type, targetType, targetId, actor, role, timestamp, "", "", "");
    }

    /** This action with its target's location. */
    public UserAction withLocation(String newStream, String newPlatform, String newChannel) {
        return new UserAction(
                actionId,
                type,
                targetType,
                targetId,
                actor,
                role,
                timestamp,
                newStream,
                newPlatform,
                newChannel);
    }

    /** {@code platform:channel} of the target, or empty when unknown. */
    public String channelKey() {
        return platform.isEmpty() || channel.isEmpty() ? "" : platform + ":" + channel;
    }

    /** What was done. */
    public enum Type {
        UPVOTE,
        ANSWER,
        UNANSWER,
        HIDE;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Type of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /** What it was done to. */
    public enum Target {
        QUESTION,
        MESSAGE;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Target of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /** The fields of this action's Redis Stream entry. */
    public Map<String, String> toStreamFields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("action_id", actionId);
        f.put("type", type.id());
        f.put("target_type", targetType.id());
        f.put("target_id", targetId.toString());
        f.put("actor", actor);
        f.put("role", role);
        f.put("ts", timestamp.toString());
        f.put("stream", stream);
        f.put("platform", platform);
        f.put("channel", channel);
        return f;
    }

    /**
     * Reads a Redis Stream entry written by {@link #toStreamFields()}.
     *
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public static UserAction fromStreamFields(Map<String, String> f) {
        try {
            return new UserAction(
                    required(f, "action_id"),
                    Type.of(required(f, "type")),
                    Target.of(required(f, "target_type")),
                    UUID.fromString(required(f, "target_id")),
                    required(f, "actor"),
                    f.getOrDefault("role", ""),
                    Instant.parse(required(f, "ts")),
                    f.getOrDefault("stream", ""),
                    f.getOrDefault("platform", ""),
                    f.getOrDefault("channel", ""));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("malformed action entry " + f + ": " + e, e);
        }
    }

    private static String required(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("action entry lacks field '" + name + "': " + f);
        }
        return v;
    }
}
