package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.Amount;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.Platform;
import io.mellchat.model.ReplyParent;
import io.mellchat.model.UserBanned;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
        String name = frame.shortEvent();
        if ("ChatMessageEvent".equals(name)) {
            return chatMessage(frame, spec, receivedAt);
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
        Context c = new Context(spec, receivedAt, name, data);
        switch (name) {
            case "MessageDeletedEvent":
                return deleted(c);
            case "UserBannedEvent":
                return banned(c);
            case "ChatroomClearEvent":
                return new KickEvent.Modelled(
                        new ChatCleared(Platform.KICK, c.channel(), spec.stream(), receivedAt));
            case "SubscriptionEvent":
                return subscription(c);
            case "GiftedSubscriptionsEvent":
                return gifted(c);
            case "StreamHostEvent":
                return host(c);
            case "StreamHostedEvent":
                return legacyHost(c);
            case "KicksGifted":
                return kicks(c);
            case "RewardRedeemedEvent":
                return reward(c);
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

    /**
     * The hot path: the data string is read once with the streaming parser (no tree); data that is
     * encoded once more, or sent as an object, is unwrapped first.
     */
    private KickEvent chatMessage(PusherFrame frame, ChannelSpec spec, Instant receivedAt) {
        ChatMessageData d;
        try {
            d =
                    frame.dataText() == null
                            ? null
                            : ChatMessageData.read(PusherCodec.factory(), frame.dataText());
            if (d == null) {
                JsonNode data = PusherCodec.data(frame);
                d =
                        data.isObject()
                                ? ChatMessageData.read(PusherCodec.factory(), data.toString())
                                : null;
            }
        } catch (IOException | InvalidFrameException e) {
            return new KickEvent.Skipped(
                    SkipReasons.INVALID_JSON, "ChatMessageEvent: " + e.getMessage());
        }
        if (d == null) {
            return new KickEvent.Skipped(
                    SkipReasons.BAD_EVENT, "ChatMessageEvent: data is not an object");
        }
        if (d.id.isEmpty() || d.senderId.isEmpty() || d.content == null) {
            return new KickEvent.Skipped(
                    SkipReasons.BAD_EVENT, "ChatMessageEvent needs id, sender.id and content");
        }
        EmoteTokens.Cleaned cleaned = EmoteTokens.clean(d.content);
        ChatMessage.Builder b =
                ChatMessage.builder().channel(spec.ref()).stream(spec.stream())
                        .platformMessageId(d.id)
                        .receivedAt(receivedAt)
                        .userId(d.senderId)
                        .username(
                                d.senderSlug.isEmpty()
                                        ? d.senderUsername.toLowerCase(Locale.ROOT)
                                        : d.senderSlug)
                        .displayName(d.senderUsername)
                        .message(cleaned.text())
                        .emotes(cleaned.emotes())
                        .timestamp(KickTimestamps.parse(d.createdAt).orElse(receivedAt))
                        .color(d.color)
                        .badges(d.badges);
        switch (d.type) {
            case "reply":
                if (!d.parentId.isEmpty()) {
                    b.replyTo(d.parentId);
                    if (!d.parentSenderUsername.isEmpty()) {
                        b.replyParent(
                                new ReplyParent(
                                        d.parentSenderId,
                                        d.parentSenderUsername.toLowerCase(Locale.ROOT),
                                        d.parentSenderUsername,
                                        EmoteTokens.clean(d.parentContent).text()));
                    }
                }
                break;
            case "celebration":
                b.kind(MessageKind.SUBSCRIPTION)
                        .meta(
                                meta(
                                        "celebration",
                                        d.celebrationType,
                                        "months",
                                        d.celebrationMonths));
                break;
            case "message":
            case "":
                break;
            default:
                b.meta(Map.of("kick_type", d.type));
                break;
        }
        return new KickEvent.Modelled(b.build());
    }

    private KickEvent deleted(Context c) {
        String messageId = text(c.data.path("message"), "id");
        if (messageId.isEmpty()) {
            return bad(c, "needs message.id");
        }
        return new KickEvent.Modelled(
                new MessageDeleted(
                        Platform.KICK, c.channel(), c.spec.stream(), messageId, "", c.receivedAt));
    }

    private KickEvent banned(Context c) {
        JsonNode user = c.data.path("user");
        String userId = text(user, "id");
        String username = slug(user);
        if (userId.isEmpty() && username.isEmpty()) {
            return bad(c, "needs user.id or user.slug");
        }
        long seconds = 0;
        boolean permanent = c.data.path("permanent").asBoolean(false);
        if (!permanent) {
            Instant expires = KickTimestamps.parse(text(c.data, "expires_at")).orElse(null);
            long duration = c.data.path("duration").asLong(0);
            if (expires != null) {
                seconds = Math.max(1, Duration.between(c.receivedAt, expires).toSeconds());
            } else if (duration > 0) {
                seconds = duration * 60; // unit unconfirmed (platform-protocols E9): minutes
            }
        }
        String by = text(c.data.path("banned_by"), "username");
        return new KickEvent.Modelled(
                new UserBanned(
                        Platform.KICK,
                        c.channel(),
                        c.spec.stream(),
                        userId,
                        username,
                        seconds,
                        by.isEmpty() ? "" : "by " + by,
                        c.receivedAt));
    }

    private KickEvent subscription(Context c) {
        String name = text(c.data, "username");
        if (name.isEmpty()) {
            return bad(c, "needs username");
        }
        int months = c.data.path("months").asInt(1);
        return notice(
                c,
                MessageKind.SUBSCRIPTION,
                name,
                name + " subscribed for " + months + (months == 1 ? " month" : " months"),
                meta("months", Integer.toString(months)));
    }

    private KickEvent gifted(Context c) {
        String gifter = text(c.data, "gifter_username");
        List<String> recipients = new ArrayList<>();
        c.data.path("gifted_usernames").forEach(n -> recipients.add(n.asText()));
        if (gifter.isEmpty()) {
            return bad(c, "needs gifter_username");
        }
        int n = recipients.size();
        String text =
                gifter
                        + " gifted "
                        + n
                        + (n == 1 ? " subscription" : " subscriptions")
                        + (n == 0 ? "" : " to " + String.join(", ", recipients));
        return notice(
                c,
                MessageKind.SUBSCRIPTION,
                gifter,
                text,
                meta(
                        "gifted_usernames", String.join(",", recipients),
                        "gifter_total", text(c.data, "gifter_total")));
    }

    private KickEvent host(Context c) {
        String host = text(c.data, "host_username");
        if (host.isEmpty()) {
            return bad(c, "needs host_username");
        }
        return raid(
                c.derived(),
                host,
                text(c.data, "number_viewers"),
                text(c.data, "optional_message"));
    }

    private KickEvent legacyHost(Context c) {
        JsonNode message = c.data.path("message");
        String host = text(c.data.path("user"), "username");
        String id = text(message, "id");
        if (host.isEmpty() || id.isEmpty()) {
            return bad(c, "needs message.id and user.username");
        }
        Instant at = KickTimestamps.parse(text(message, "createdAt")).orElse(c.receivedAt);
        return raid(
                c.message(id).timestamp(at),
                host,
                text(message, "numberOfViewers"),
                text(message, "optionalMessage"));
    }

    private static KickEvent raid(ChatMessage.Builder b, String host, String viewers, String note) {
        String text =
                host
                        + " is hosting with "
                        + (viewers.isEmpty() ? "0" : viewers)
                        + " viewers"
                        + (note.isEmpty() ? "" : ": " + note);
        return new KickEvent.Modelled(
                b.kind(MessageKind.RAID)
                        .username(host.toLowerCase(Locale.ROOT))
                        .displayName(host)
                        .message(text)
                        .meta(meta("viewers", viewers))
                        .build());
    }

    private KickEvent kicks(Context c) {
        JsonNode sender = c.data.path("sender");
        JsonNode gift = c.data.path("gift");
        String name = text(sender, "username");
        String amount = text(gift, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            return bad(c, "needs sender.username and a numeric gift.amount");
        }
        if (name.isEmpty()) {
            return bad(c, "needs sender.username");
        }
        String note = text(c.data, "message");
        String giftName = text(gift, "name");
        return new KickEvent.Modelled(
                c.derived()
                        .kind(MessageKind.PAID)
                        .userId(text(sender, "id"))
                        .username(name.toLowerCase(Locale.ROOT))
                        .displayName(name)
                        .color(text(sender, "username_color"))
                        .message(note.isEmpty() ? name + " sent " + giftName : note)
                        .amount(new Amount(value, "kicks"))
                        .meta(meta("gift_id", text(gift, "gift_id"), "gift_name", giftName))
                        .build());
    }

    private KickEvent reward(Context c) {
        String name = text(c.data, "username");
        String title = text(c.data, "reward_title");
        if (name.isEmpty() || title.isEmpty()) {
            return bad(c, "needs username and reward_title");
        }
        String input = text(c.data, "user_input");
        return new KickEvent.Modelled(
                c.derived()
                        .kind(MessageKind.SYSTEM)
                        .userId(text(c.data, "user_id"))
                        .username(name.toLowerCase(Locale.ROOT))
                        .displayName(name)
                        .message(
                                name + " redeemed " + title + (input.isEmpty() ? "" : ": " + input))
                        .meta(meta("reward", title))
                        .build());
    }

    private KickEvent notice(
            Context c, MessageKind kind, String name, String text, Map<String, String> meta) {
        return new KickEvent.Modelled(
                c.derived()
                        .kind(kind)
                        .username(name.toLowerCase(Locale.ROOT))
                        .displayName(name)
                        .message(text)
                        .meta(meta)
                        .build());
    }

    private static KickEvent bad(Context c, String what) {
        return new KickEvent.Skipped(SkipReasons.BAD_EVENT, c.name + " " + what);
    }

    /** The sender's slug (Kick's stable handle); the lower-cased username when absent. */
    private static String slug(JsonNode user) {
        String slug = text(user, "slug");
        return slug.isEmpty() ? text(user, "username").toLowerCase(Locale.ROOT) : slug;
    }

    /** A field as text ("" when missing or null; numbers as their decimal form). */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    /** A map of the non-empty values among key/value pairs. */
    private static Map<String, String> meta(String... kv) {
        Map<String, String> m = new HashMap<>(kv.length);
        for (int i = 0; i < kv.length; i += 2) {
            if (!kv[i + 1].isEmpty()) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** What every mapping of one frame needs. */
    private static final class Context {
        final ChannelSpec spec;
        final Instant receivedAt;
        final String name;
        final JsonNode data;

        Context(ChannelSpec spec, Instant receivedAt, String name, JsonNode data) {
            this.spec = spec;
            this.receivedAt = receivedAt;
            this.name = name;
            this.data = data;
        }

        String channel() {
            return spec.ref().channel();
        }

        ChatMessage.Builder message(String platformMessageId) {
            return ChatMessage.builder().channel(spec.ref()).stream(spec.stream())
                    .platformMessageId(platformMessageId)
                    .receivedAt(receivedAt);
        }

        /** A message whose id is derived from the event (name, data, UTC day of receipt). */
        ChatMessage.Builder derived() {
            long day = Math.floorDiv(receivedAt.getEpochSecond(), 86_400L);
            String key = name + '|' + day + '|' + data;
            UUID uuid = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
            return message("derived-" + uuid).timestamp(receivedAt);
        }
    }
}
