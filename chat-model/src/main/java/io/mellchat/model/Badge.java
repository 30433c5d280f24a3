package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A chat badge: {@code type} such as {@code subscriber}, {@code moderator}, {@code verified}; an
 * optional {@code version} (Twitch's badge version, e.g. {@code 12} months) and an optional {@code
 * count} (e.g. Kick's subscriber months). Absent parts are empty strings / 0 and are left out of
 * the JSON.
 */
public record Badge(
        String type,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String version,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int count) {
    public Badge {
        Objects.requireNonNull(type, "type");
        version = version == null ? "" : version;
    }

    public static Badge of(String type) {
        return new Badge(type, "", 0);
    }

    public static Badge of(String type, String version) {
        return new Badge(type, version, 0);
    }
}
