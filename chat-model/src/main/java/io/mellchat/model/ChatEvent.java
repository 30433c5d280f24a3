package io.mellchat.model;

import io.mellchat.model.flink.ChatEventTypeInfoFactory;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A normalised event from a chat platform. Every source turns its protocol into these; the job and
 * serving pass nothing else around.
 *
 * <p>Flink serializes them with {@link io.mellchat.model.flink.ChatEventSerializer} (hand-written,
 * versioned; never Kryo).
 */
@TypeInfo(ChatEventTypeInfoFactory.class)
public sealed interface ChatEvent
        permits ChatMessage, MessageDeleted, UserBanned, ChatCleared, ChannelStatusChanged {

    Platform platform();

    /** The channel name (see {@link ChannelRef}). */
    String channel();

    /** The stream (show) the channel belongs to. */
    String stream();

    /** The platform's own time for the event (for a status change, when it happened). */
    Instant timestamp();

    default ChannelRef channelRef() {
        return new ChannelRef(platform(), channel());
    }
}
