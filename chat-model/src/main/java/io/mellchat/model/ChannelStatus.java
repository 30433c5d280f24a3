package io.mellchat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The connection state of one channel, as shown to users. */
public enum ChannelStatus {
    /** Connecting or joining for the first time. */
    CONNECTING,
    /** Joined; messages flow. */
    LIVE,
    /** The connection was lost; the source retries on its own. */
    RECONNECTING,
    /** The platform says the stream or the chat has ended. */
    OFFLINE,
    /**
     * A person must act (bad credentials, quota exhausted, lookup refused); the detail says what.
     */
    ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ChannelStatus of(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "unknown channel status '"
                            + id
                            + "': expected connecting, live, reconnecting, offline or error",
                    e);
        }
    }
}
