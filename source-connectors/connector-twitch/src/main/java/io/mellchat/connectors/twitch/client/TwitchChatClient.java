package io.mellchat.connectors.twitch.client;

import java.util.Set;

/**
 * Reads Twitch chat anonymously: joins channels, keeps the connections alive, reconnects and
 * re-joins, and reports lines and channel statuses to a {@link TwitchChatListener}. Create one with
 * {@link TwitchIrcClient#create}.
 */
public interface TwitchChatClient extends AutoCloseable {

    /**
     * Starts reading a channel (a Twitch login, lower case). Returns at once; the status goes
     * {@code connecting} then {@code live}. Joining a channel twice does nothing.
     */
    void join(String channel);

    /** Stops reading a channel. Unknown channels are ignored. */
    void part(String channel);

    /** The channels currently joined or being joined. */
    Set<String> channels();

    /** Closes every connection; the client cannot be used afterwards. */
    @Override
    void close();
}
