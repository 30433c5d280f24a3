package io.mellchat.connectors.kick.client;

/** The outcome of resolving a Kick channel slug to its chatroom. */
public sealed interface ChatroomLookup {

    /** Resolved; {@code channelId} is 0 when unknown (e.g. the user gave only the chatroom id). */
    record Found(long chatroomId, long channelId) implements ChatroomLookup {}

    /**
     * Kick's API refused us: HTTP 403 and usually a Cloudflare "Just a moment..." page ({@code
     * challenge}). A person must give the chatroom id; the lookup is still retried now and then.
     */
    record Refused(int httpStatus, boolean challenge) implements ChatroomLookup {}

    /** No such channel (HTTP 404). */
    record NotFound() implements ChatroomLookup {}

    /** A transient failure (network, 5xx, 429, an unexpected body); retried with backoff. */
    record Failed(String detail) implements ChatroomLookup {}
}
