package io.mellchat.connectors.youtube.fake;

/**
 * An error the fake answers to the next chat poll instead of a page: how the Data API ({@code
 * liveChatMessages.list}) and the web client ({@code get_live_chat}) say it.
 */
public enum FakeError {
    /** Polled too fast. */
    RATE_LIMIT(403, "rateLimitExceeded", 429, "RESOURCE_EXHAUSTED"),
    /** The daily quota is used up. */
    QUOTA_EXCEEDED(403, "quotaExceeded", 429, "RESOURCE_EXHAUSTED"),
    /** A transient server failure. */
    SERVER_ERROR(503, "backendError", 503, "UNAVAILABLE"),
    /** Unknown chat. */
    NOT_FOUND(404, "liveChatNotFound", 404, "NOT_FOUND"),
    /** No permission to read the chat. */
    FORBIDDEN(403, "forbidden", 403, "PERMISSION_DENIED"),
    /** Chat switched off for the broadcast. */
    CHAT_DISABLED(403, "liveChatDisabled", 403, "PERMISSION_DENIED"),
    /** The chat is no longer live. */
    CHAT_ENDED(403, "liveChatEnded", 400, "INVALID_ARGUMENT"),
    /** A page token or continuation YouTube no longer accepts. */
    INVALID_TOKEN(400, "pageTokenInvalid", 400, "INVALID_ARGUMENT");

    final int dataStatus;
    final String dataReason;
    final int webStatus;
    final String webStatusName;

    FakeError(int dataStatus, String dataReason, int webStatus, String webStatusName) {
        this.dataStatus = dataStatus;
        this.dataReason = dataReason;
        this.webStatus = webStatus;
        this.webStatusName = webStatusName;
    }

    public String dataReason() {
        return dataReason;
    }
}
