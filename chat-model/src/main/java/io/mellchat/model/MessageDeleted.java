package io.mellchat.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mellchat.model.flink.ChatEventTypeInfoFactory;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A moderator deleted one message (Twitch CLEARMSG, Kick MessageDeletedEvent, YouTube
 * messageDeletedEvent). {@code username} is the author's handle when the platform says it, else
 * empty.
 */
@TypeInfo(ChatEventTypeInfoFactory.class)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageDeleted(
        Platform platform,
        String channel,
        String stream,
        String platformMessageId,
        String username,
        Instant timestamp)
        implements ChatEvent {
    public MessageDeleted {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(timestamp, "timestamp");
        stream = stream == null || stream.isEmpty() ? ChannelSpec.DEFAULT_STREAM : stream;
        username = username == null ? "" : username;
    }
}
