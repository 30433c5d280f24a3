package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a reply answers, as the platform sent it: the parent's author and text, so that the reply's
 * context can be shown even when the parent is not stored.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReplyParent(String userId, String username, String displayName, String message) {
    public ReplyParent {
        userId = userId == null ? "" : userId;
        // empty when the platform left it out: written as absent (NON_EMPTY), read back as empty
        username = username == null ? "" : username;
        displayName = displayName == null || displayName.isEmpty() ? username : displayName;
        message = message == null ? "" : message;
    }
}
