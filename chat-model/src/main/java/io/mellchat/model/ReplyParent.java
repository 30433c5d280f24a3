package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What a reply answers, as the platform sent it: the parent's author and text, so that the reply's
 * context can be shown even when the parent is not stored.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReplyParent(String userId, String username, String displayName, String message) {
    public ReplyParent {
        userId = userId == null ? "" : userId;
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isEmpty() ? username : displayName;
        message = message == null ? "" : message;
    }
}
