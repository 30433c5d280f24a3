package io.mellchat.connectors.kick.client;

/** Kick's website API, as far as MellChat needs it: slug → chatroom id. */
public interface KickChannelApi {

    /** {@code GET {api}/channels/{slug}}; blocks for at most the configured timeout. */
    ChatroomLookup lookup(String slug);
}
