package io.mellchat.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mellchat.model.flink.ChatEventTypeInfoFactory;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A source reports the state of a channel's connection; {@code detail} tells a person what happened
 * or what to do (empty when there is nothing to say). {@code origin} is {@code live} for channels
 * on a platform and {@code replay} for replayed recordings.
 */
@TypeInfo(ChatEventTypeInfoFactory.class)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelStatusChanged(
        Platform platform,
        String channel,
        String stream,
        ChannelStatus status,
        String detail,
        String origin,
        Instant timestamp)
        implements ChatEvent {

    public static final String ORIGIN_LIVE = "live";
    public static final String ORIGIN_REPLAY = "replay";

    public ChannelStatusChanged {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timestamp, "timestamp");
        stream = stream == null || stream.isEmpty() ? ChannelSpec.DEFAULT_STREAM : stream;
        detail = detail == null ? "" : detail;
        origin = origin == null || origin.isEmpty() ? ORIGIN_LIVE : origin;
    }

    public static ChannelStatusChanged of(
            ChannelSpec spec, ChannelStatus status, String detail, Instant at) {
        return new ChannelStatusChanged(
                spec.ref().platform(),
                spec.ref().channel(),
                spec.stream(),
                status,
                detail,
                ORIGIN_LIVE,
                at);
    }
}
