package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mellchat.model.flink.ChatEventTypeInfoFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A chat line or a chat-visible platform event (paid message, subscription, raid, announcement,
 * system notice), with every field of PRODUCT.md's Message.
 *
 * <p>Identity is {@code (platform, channel, platformMessageId)}; {@link #id} is derived from it
 * deterministically ({@link #idFor}), so a message seen twice, or again after a restart, has the
 * same id and is stored once.
 *
 * <p>May be null: {@code replyTo}, {@code replyParent}, {@code amount}, {@code category} (before
 * classification). Strings that are absent otherwise are empty; collections are never null.
 */
@TypeInfo(ChatEventTypeInfoFactory.class)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatMessage(
        UUID id,
        Platform platform,
        String channel,
        String stream,
        String platformMessageId,
        String userId,
        String username,
        String displayName,
        String message,
        Instant timestamp,
        Instant receivedAt,
        MessageKind kind,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean action,
        String replyTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReplyParent replyParent,
        List<Badge> badges,
        String color,
        List<Emote> emotes,
        Amount amount,
        Map<String, String> meta,
        String category,
        double confidence,
        int upvotes,
        boolean deleted)
        implements ChatEvent {

    public ChatMessage {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestamp, "timestamp");
        id = id == null ? idFor(platform, channel, platformMessageId) : id;
        stream = stream == null || stream.isEmpty() ? ChannelSpec.DEFAULT_STREAM : stream;
        userId = userId == null ? "" : userId;
        displayName = displayName == null || displayName.isEmpty() ? username : displayName;
        receivedAt = receivedAt == null ? timestamp : receivedAt;
        kind = kind == null ? MessageKind.CHAT : kind;
        badges = badges == null ? List.of() : List.copyOf(badges);
        color = color == null ? "" : color;
        emotes = emotes == null ? List.of() : List.copyOf(emotes);
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    /** The stable id of a message: a name-based UUID of its platform identity. */
    public static UUID idFor(Platform platform, String channel, String platformMessageId) {
        String key = "message:" + platform.id() + ':' + channel + ':' + platformMessageId;
        return NameUuids.of(key);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This message with its classification. */
    public ChatMessage withCategory(String newCategory, double newConfidence) {
        return toBuilder().category(newCategory).confidence(newConfidence).build();
    }

    /**
     * Builds messages; {@code id}, {@code stream}, {@code displayName} and others have defaults.
     * The id follows the platform identity: setting the platform, the channel or the platform
     * message id drops an id copied or set before, so a changed message never keeps another one's
     * id; set an explicit id after them.
     */
    public static final class Builder {
        private UUID id;
        private Platform platform;
        private String channel;
        private String stream;
        private String platformMessageId;
        private String userId;
        private String username;
        private String displayName;
        private String message;
        private Instant timestamp;
        private Instant receivedAt;
        private MessageKind kind = MessageKind.CHAT;
        private boolean action;
        private String replyTo;
        private ReplyParent replyParent;
        private List<Badge> badges = List.of();
        private String color = "";
        private List<Emote> emotes = List.of();
        private Amount amount;
        private Map<String, String> meta = Map.of();
        private String category;
        private double confidence;
        private int upvotes;
        private boolean deleted;

        private Builder() {}

        private Builder(ChatMessage m) {
            id = m.id;
            platform = m.platform;
            channel = m.channel;
            stream = m.stream;
            platformMessageId = m.platformMessageId;
            userId = m.userId;
            username = m.username;
            displayName = m.displayName;
            message = m.message;
            timestamp = m.timestamp;
            receivedAt = m.receivedAt;
            kind = m.kind;
            action = m.action;
            replyTo = m.replyTo;
            replyParent = m.replyParent;
            badges = m.badges;
            color = m.color;
            emotes = m.emotes;
            amount = m.amount;
            meta = m.meta;
            category = m.category;
            confidence = m.confidence;
            upvotes = m.upvotes;
            deleted = m.deleted;
        }

        /** Sets the id explicitly; by default it is derived from the platform identity. */
        public Builder id(UUID v) {
            id = v;
            return this;
        }

        public Builder platform(Platform v) {
            platform = v;
            id = null;
            return this;
        }

        public Builder channel(String v) {
            channel = v;
            id = null;
            return this;
        }

        public Builder channel(ChannelRef ref) {
            platform = ref.platform();
            channel = ref.channel();
            id = null;
            return this;
        }

        public Builder stream(String v) {
            stream = v;
            return this;
        }

        /** Sets the platform's message id and clears an explicit id so it is derived again. */
        public Builder platformMessageId(String v) {
            platformMessageId = v;
            id = null;
            return this;
        }

        public Builder userId(String v) {
            userId = v;
            return this;
        }

        public Builder username(String v) {
            username = v;
            return this;
        }

        public Builder displayName(String v) {
            displayName = v;
            return this;
        }

        public Builder message(String v) {
            message = v;
            return this;
        }

        public Builder timestamp(Instant v) {
            timestamp = v;
            return this;
        }

        public Builder receivedAt(Instant v) {
            receivedAt = v;
            return this;
        }

        public Builder kind(MessageKind v) {
            kind = v;
            return this;
        }

        public Builder action(boolean v) {
            action = v;
            return this;
        }

        public Builder replyTo(String v) {
            replyTo = v;
            return this;
        }

        public Builder replyParent(ReplyParent v) {
            replyParent = v;
            return this;
        }

        public Builder badges(List<Badge> v) {
            badges = v;
            return this;
        }

        public Builder color(String v) {
            color = v;
            return this;
        }

        public Builder emotes(List<Emote> v) {
            emotes = v;
            return this;
        }

        public Builder amount(Amount v) {
            amount = v;
            return this;
        }

        public Builder meta(Map<String, String> v) {
            meta = v;
            return this;
        }

        public Builder category(String v) {
            category = v;
            return this;
        }

        public Builder confidence(double v) {
            confidence = v;
            return this;
        }

        public Builder upvotes(int v) {
            upvotes = v;
            return this;
        }

        public Builder deleted(boolean v) {
            deleted = v;
            return this;
        }

        public ChatMessage build() {
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
                    badges,
                    color,
                    emotes,
                    amount,
                    meta,
                    category,
                    confidence,
                    upvotes,
                    deleted);
        }
    }
}
