package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The chat platforms MellChat reads. The JSON and database form is the lower-case {@link #id()}.
 */
public enum Platform {
    TWITCH("twitch"),
    YOUTUBE("youtube"),
    KICK("kick");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /**
     * Parses {@code twitch}, {@code youtube} or {@code kick} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    @JsonCreator
    public static Platform of(String id) {
        if (id != null) {
            switch (id.toLowerCase(Locale.ROOT)) {
                case "twitch":
                    return TWITCH;
                case "youtube":
                    return YOUTUBE;
                case "kick":
                    return KICK;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "unknown platform '" + id + "': expected twitch, youtube or kick");
    }

    @Override
    public String toString() {
        return id;
    }
}
