package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.model.UserBanned;
import java.time.Duration;
import java.time.Instant;

/** Deletions, bans and timeouts, chat clears. */
final class ModerationMapper {
    private ModerationMapper() {}

    static KickEvent deleted(EventContext c) {
        String messageId = PusherCodec.text(c.data().path("message"), "id");
        if (messageId.isEmpty()) {
            return c.bad("needs message.id");
        }
        return new KickEvent.Modelled(
                new MessageDeleted(
                        Platform.KICK,
                        c.channel(),
                        c.spec().stream(),
                        messageId,
                        "",
                        c.receivedAt()));
    }

    static KickEvent banned(EventContext c) {
        JsonNode user = c.data().path("user");
        String userId = PusherCodec.text(user, "id");
        String username = EventContext.slug(user);
        if (userId.isEmpty() && username.isEmpty()) {
            return c.bad("needs user.id or user.slug");
        }
        long seconds = 0;
        boolean permanent = c.data().path("permanent").asBoolean(false);
        if (!permanent) {
            Instant expires =
                    KickTimestamps.parse(PusherCodec.text(c.data(), "expires_at")).orElse(null);
            long duration = c.data().path("duration").asLong(0);
            if (expires != null) {
                seconds = Math.max(1, Duration.between(c.receivedAt(), expires).toSeconds());
            } else if (duration > 0) {
                seconds = duration * 60; // unit unconfirmed (platform-protocols E9): minutes
            }
        }
        String by = PusherCodec.text(c.data().path("banned_by"), "username");
        return new KickEvent.Modelled(
                new UserBanned(
                        Platform.KICK,
                        c.channel(),
                        c.spec().stream(),
                        userId,
                        username,
                        seconds,
                        by.isEmpty() ? "" : "by " + by,
                        c.receivedAt()));
    }

    static KickEvent cleared(EventContext c) {
        return new KickEvent.Modelled(
                new ChatCleared(Platform.KICK, c.channel(), c.spec().stream(), c.receivedAt()));
    }
}
