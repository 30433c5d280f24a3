package io.mellchat.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mellchat.model.flink.ChatEventTypeInfoFactory;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/** A moderator cleared the whole chat of a channel: every earlier message there is hidden. */
@TypeInfo(ChatEventTypeInfoFactory.class)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatCleared(Platform platform, String channel, String stream, Instant timestamp)
        implements ChatEvent {
    public ChatCleared {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(timestamp, "timestamp");
        stream = stream == null || stream.isEmpty() ? ChannelSpec.DEFAULT_STREAM : stream;
    }
}
