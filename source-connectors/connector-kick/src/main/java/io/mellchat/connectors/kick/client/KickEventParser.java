package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import java.time.Instant;
import java.util.Set;

/**
 * Turns one Kick Pusher event (after the envelope is read) into the MellChat model, following part
 * C3 of platform-protocols.md. Event names are matched with and without the {@code App\Events\}
 * prefix. Stateless and thread-safe.
 *
 * <p>Events that carry no id of their own (subscriptions, gifts, hosts, Kicks, rewards) get a
 * deterministic one from their name, their data and the UTC day they were received, so that the
 * same event delivered twice (two Pusher channels, a re-delivery) is stored once.
 */
public final class KickEventParser {

    /** Known events that MellChat counts and skips. */
    private static final Set<String> NOT_MODELLED =
            Set.of(
                    "UserUnbannedEvent",
                    "PinnedMessageCreatedEvent",
                    "PinnedMessageDeletedEvent",
                    "PollUpdateEvent",
                    "PollDeleteEvent",
                    "ChatroomUpdatedEvent",
                    "FollowersUpdated",
                    "ChannelSubscriptionEvent",
                    "LuckyUsersWhoGotGiftSubscriptionsEvent",
                    "GiftsLeaderboardUpdated",
                    "ChatMoveToSupportedChannelEvent",
                    "ChannelBannedForceRefresh",
                    "ChatMessageSentEvent");

    private final int maxFrameChars;

    /**
     * @param maxFrameChars frames longer than this are skipped as {@link SkipReasons#OVERSIZE}
     */
    public KickEventParser(int maxFrameChars) {
        this.maxFrameChars = maxFrameChars;
    }

    /** Reads a whole frame (envelope and data), e.g. a frame recorded from the socket. */
    public KickEvent parseFrame(String text, ChannelSpec spec, Instant receivedAt) {
        if (text.length() > maxFrameChars) {
            return new KickEvent.Skipped(SkipReasons.OVERSIZE, text.length() + " chars");
        }
        try {
            return parse(PusherCodec.decode(text), spec, receivedAt);
        } catch (InvalidFrameException e) {
            return new KickEvent.Skipped(SkipReasons.INVALID_JSON, e.getMessage());
        }
    }

    /** Maps the event of a decoded frame. */
    public KickEvent parse(PusherFrame frame, ChannelSpec spec, Instant receivedAt) {
        try {
            return map(frame, spec, receivedAt);
        } catch (RuntimeException e) { // a bug must not take the socket down: count the event
            return new KickEvent.Skipped(
                    SkipReasons.BAD_EVENT, frame.shortEvent() + ": unreadable (" + e + ")");
        }
    }

    private KickEvent map(PusherFrame frame, ChannelSpec spec, Instant receivedAt) {
        String name = frame.shortEvent();
        if ("ChatMessageEvent".equals(name)) {
            return ChatMessageMapper.map(frame, spec, receivedAt);
        }
        JsonNode data;
        try {
            data = PusherCodec.data(frame);
        } catch (InvalidFrameException e) {
            return new KickEvent.Skipped(SkipReasons.INVALID_JSON, name + ": " + e.getMessage());
        }
        if (!data.isObject()) {
            return new KickEvent.Skipped(SkipReasons.BAD_EVENT, name + ": data is not an object");
        }
        EventContext c = new EventContext(spec, receivedAt, name, data);
        switch (name) {
            case "MessageDeletedEvent":
                return ModerationMapper.deleted(c);
            case "UserBannedEvent":
                return ModerationMapper.banned(c);
            case "ChatroomClearEvent":
                return ModerationMapper.cleared(c);
            case "SubscriptionEvent":
                return NoticeMapper.subscription(c);
            case "GiftedSubscriptionsEvent":
                return NoticeMapper.gifted(c);
            case "StreamHostEvent":
                return NoticeMapper.host(c);
            case "StreamHostedEvent":
                return NoticeMapper.legacyHost(c);
            case "KicksGifted":
                return NoticeMapper.kicks(c);
            case "RewardRedeemedEvent":
                return NoticeMapper.reward(c);
            case "StreamerIsLive":
                return new KickEvent.StatusChange(ChannelStatus.LIVE, "the stream is live");
            case "StopStreamBroadcast":
                return new KickEvent.StatusChange(
                        ChannelStatus.OFFLINE, "the stream ended; chat stays connected");
            default:
                return NOT_MODELLED.contains(name)
                        ? new KickEvent.Skipped(SkipReasons.NOT_MODELLED, name)
                        : new KickEvent.Skipped(SkipReasons.UNKNOWN_EVENT, frame.event());
        }
    }
}
