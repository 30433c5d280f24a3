package io.mellchat.connectors.youtube.client;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.model.UserBanned;
import java.time.Instant;

/**
 * Builds the model events of one channel for one page: platform, channel, stream and the time the
 * page was received are the same for all of them. Authors are YouTube channel ids ({@code username}
 * and {@code user_id}) with their display names.
 */
final class EventBase {
    /** The author of chat-visible notices that no viewer wrote (mode changes…). */
    static final String SYSTEM_AUTHOR = "youtube";

    private final ChannelSpec spec;
    private final Instant receivedAt;

    EventBase(ChannelSpec spec, Instant receivedAt) {
        this.spec = spec;
        this.receivedAt = receivedAt;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    ChannelSpec spec() {
        return spec;
    }

    ChatMessage.Builder message(String id, String authorChannelId, String authorName, Instant at) {
        String author = authorChannelId.isEmpty() ? SYSTEM_AUTHOR : authorChannelId;
        return ChatMessage.builder()
                .platform(Platform.YOUTUBE)
                .channel(spec.ref().channel())
                .stream(spec.stream())
                .platformMessageId(id)
                .userId(authorChannelId)
                .username(author)
                .displayName(
                        authorName.isEmpty() && authorChannelId.isEmpty() ? "YouTube" : authorName)
                .timestamp(at)
                .receivedAt(receivedAt);
    }

    MessageDeleted deleted(String messageId, String authorChannelId, Instant at) {
        return new MessageDeleted(
                Platform.YOUTUBE,
                spec.ref().channel(),
                spec.stream(),
                messageId,
                authorChannelId,
                at);
    }

    UserBanned banned(String authorChannelId, long durationSeconds, String reason, Instant at) {
        return new UserBanned(
                Platform.YOUTUBE,
                spec.ref().channel(),
                spec.stream(),
                authorChannelId,
                authorChannelId,
                durationSeconds,
                reason,
                at);
    }
}
