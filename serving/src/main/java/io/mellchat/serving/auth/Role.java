package io.mellchat.serving.auth;

import java.util.Locale;
import java.util.Optional;

/** Who may do what: admin, streamer, moderator, viewer. */
public enum Role {
    ADMIN,
    STREAMER,
    MODERATOR,
    VIEWER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Moderators, streamers and admins: answer questions, hide messages, export history. */
    public boolean moderates() {
        return this != VIEWER;
    }
}
