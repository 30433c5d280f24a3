package io.mellchat.job;

import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.model.UserBanned;
import java.time.Instant;

/** Test events on {@code twitch:chan}. */
public final class Events {
    public static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    private Events() {}

    public static ChatMessage msg(String pmid, String user, String text, long atSeconds) {
        return ChatMessage.builder().platform(Platform.TWITCH).channel("chan").stream("show")
                .platformMessageId(pmid)
                .userId("uid-" + user)
                .username(user)
                .message(text)
                .timestamp(T0.plusSeconds(atSeconds))
                .build();
    }

    public static MessageDeleted deleted(String pmid, long atSeconds) {
        return new MessageDeleted(
                Platform.TWITCH, "chan", "show", pmid, "", T0.plusSeconds(atSeconds));
    }

    public static UserBanned banned(String user, long atSeconds) {
        return new UserBanned(
                Platform.TWITCH,
                "chan",
                "show",
                "uid-" + user,
                user,
                600,
                "",
                T0.plusSeconds(atSeconds));
    }

    public static ChatCleared cleared(long atSeconds) {
        return new ChatCleared(Platform.TWITCH, "chan", "show", T0.plusSeconds(atSeconds));
    }
}
