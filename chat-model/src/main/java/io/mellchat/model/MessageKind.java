package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a chat line is, beyond plain chat. The JSON and database form is the lower-case name. */
public enum MessageKind {
    /** An ordinary chat line (also a Twitch {@code /me} action, which sets the action flag). */
    CHAT,
    /** Money or its proxies: bits, Super Chat, Super Sticker, Kicks. */
    PAID,
    /** Subscriptions, resubs, gifts, memberships, membership milestones. */
    SUBSCRIPTION,
    /** Raids and hosts. */
    RAID,
    /** Highlighted announcements by the streamer or moderators. */
    ANNOUNCEMENT,
    /** Anything else the platform shows in chat (view milestones, unknown notices...). */
    SYSTEM;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MessageKind of(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "unknown message kind '"
                            + id
                            + "': expected chat, paid, subscription, raid, announcement or system",
                    e);
        }
    }
}
