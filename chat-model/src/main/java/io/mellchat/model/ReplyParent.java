package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * What a reply answers, as the platform sent it: the parent's author and text, so that the reply's
 * context can be shown even when the parent is not stored.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReplyParent(String userId, String username, String displayName, String message) {
    public ReplyParent {
        userId = userId == null ? "" : userId;
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isEmpty() ? username : displayName;
        message = message == null ? "" : message;
    }
}
