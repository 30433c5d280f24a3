package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.NameUuids;
import java.time.Instant;

/** The fields PRIVMSG and USERNOTICE share: identity, time, author, badges, colour. */
final class MessageFields {

    /** Prefix of ids MellChat derives for lines that carry no {@code id} tag. */
    static final String GENERATED_ID_PREFIX = "gen-";

    private MessageFields() {}

    /** {@code tmi-sent-ts} (epoch milliseconds), or the receive time when it is missing. */
    static Instant sentAt(IrcMessage m, Instant receivedAt) {
        long ts = m.tagLong("tmi-sent-ts", -1);
        return ts < 0 ? receivedAt : Instant.ofEpochMilli(ts);
    }

    /**
     * The {@code id} tag, or for a line without one a deterministic id derived from room, user,
     * send time and text, so that the same line seen twice gets the same id.
     */
    static String messageId(IrcMessage m, String channel, String user, String text) {
        String id = m.tagOr("id", "");
        if (!id.isEmpty()) {
            return id;
        }
        String room = m.tagOr("room-id", "");
        String key =
                (room.isEmpty() ? "#" + channel : room)
                        + '\n'
                        + user
                        + '\n'
                        + m.tagOr("tmi-sent-ts", "")
                        + '\n'
                        + text;
        return GENERATED_ID_PREFIX + NameUuids.of(key);
    }

    /** A builder with channel, id, time and author set. */
    static ChatMessage.Builder base(
            ChannelSpec spec, IrcMessage m, String login, String text, Instant receivedAt) {
        String channel = spec.ref().channel();
        String userId = m.tagOr("user-id", "");
        return ChatMessage.builder().channel(spec.ref()).stream(spec.stream())
                .platformMessageId(messageId(m, channel, userId.isEmpty() ? login : userId, text))
                .userId(userId)
                .username(login)
                .displayName(m.tagOr("display-name", ""))
                .message(text)
                .timestamp(sentAt(m, receivedAt))
                .receivedAt(receivedAt)
                .badges(TwitchBadges.parse(m.tagOr("badges", ""), m.tagOr("badge-info", "")))
                .color(m.tagOr("color", ""));
    }

    /** Shared Chat tags: where a mirrored message was first sent. */
    static void sharedChat(IrcMessage m, MetaBuilder meta) {
        meta.tag(m, "source-id", "source_id")
                .tag(m, "source-room-id", "source_room_id")
                .flag(m, "source-only", "source_only");
    }
}
