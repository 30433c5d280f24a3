package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An emote inside a message: {@code start} inclusive and {@code end} exclusive, in UTF-16 code
 * units of the message text, so that {@code message.substring(start, end)} is the emote's name.
 * {@code url} is an image address when the platform gives one (empty otherwise, and left out of the
 * JSON).
 */
public record Emote(
        String id,
        String name,
        int start,
        int end,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String url) {
    public Emote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        url = url == null ? "" : url;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad emote range [" + start + ", " + end + ")");
        }
    }
}
