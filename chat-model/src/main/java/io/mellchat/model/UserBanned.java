package io.mellchat.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mellchat.model.flink.ChatEventTypeInfoFactory;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A user was banned ({@code durationSeconds} 0) or timed out ({@code durationSeconds} > 0) in a
 * channel. Either way the user's earlier messages there are hidden, as Twitch's own client does. At
 * least one of {@code userId} and {@code username} is set; {@code reason} may be empty.
 */
@TypeInfo(ChatEventTypeInfoFactory.class)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserBanned(
        Platform platform,
        String channel,
        String stream,
        String userId,
        String username,
        long durationSeconds,
        String reason,
        Instant timestamp)
        implements ChatEvent {
    public UserBanned {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(timestamp, "timestamp");
        stream = stream == null || stream.isEmpty() ? ChannelSpec.DEFAULT_STREAM : stream;
        userId = userId == null ? "" : userId;
        username = username == null ? "" : username;
        reason = reason == null ? "" : reason;
        if (userId.isEmpty() && username.isEmpty()) {
            throw new IllegalArgumentException("a ban needs a user id or a username");
        }
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("negative ban duration " + durationSeconds);
        }
    }

    public boolean permanent() {
        return durationSeconds == 0;
    }
}
