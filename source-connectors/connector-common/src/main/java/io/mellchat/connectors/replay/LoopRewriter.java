package io.mellchat.connectors.replay;

import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.UserBanned;
import java.time.Instant;

/**
 * Makes a recorded event a live one: its time becomes the replay time, and from the second loop on
 * its platform ids get a {@code ~<loop>} suffix so that every loop stores new messages.
 */
final class LoopRewriter {
    private LoopRewriter() {}

    static String id(String platformId, int loop) {
        return loop == 0 || platformId == null ? platformId : platformId + "~" + loop;
    }

    static ChatEvent rewrite(ChatEvent e, int loop, Instant at) {
        if (e instanceof ChatMessage) {
            ChatMessage m = (ChatMessage) e;
            return m.toBuilder()
                    .platformMessageId(id(m.platformMessageId(), loop))
                    .replyTo(id(m.replyTo(), loop))
                    .timestamp(at)
                    .receivedAt(at)
                    .build();
        } else if (e instanceof MessageDeleted) {
            MessageDeleted d = (MessageDeleted) e;
            return new MessageDeleted(
                    d.platform(),
                    d.channel(),
                    d.stream(),
                    id(d.platformMessageId(), loop),
                    d.username(),
                    at);
        } else if (e instanceof UserBanned) {
            UserBanned b = (UserBanned) e;
            return new UserBanned(
                    b.platform(),
                    b.channel(),
                    b.stream(),
                    b.userId(),
                    b.username(),
                    b.durationSeconds(),
                    b.reason(),
                    at);
        } else if (e instanceof ChatCleared) {
            return new ChatCleared(e.platform(), e.channel(), e.stream(), at);
        } else if (e instanceof ChannelStatusChanged) {
            ChannelStatusChanged s = (ChannelStatusChanged) e;
            return new ChannelStatusChanged(
                    s.platform(),
                    s.channel(),
                    s.stream(),
                    s.status(),
                    s.detail(),
                    ChannelStatusChanged.ORIGIN_REPLAY,
                    at);
        }
        throw new IllegalStateException("unhandled event " + e.getClass());
    }
}
