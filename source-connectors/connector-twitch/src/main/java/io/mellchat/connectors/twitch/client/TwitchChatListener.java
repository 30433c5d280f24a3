package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChannelStatus;

/**
 * Receives what a {@link TwitchChatClient} reads. Called on the client's connection threads (one
 * per connection, so calls for one channel are ordered); implementations may block to push back,
 * and must not call back into the client.
 */
public interface TwitchChatListener {

    /**
     * A chat line of a joined channel (PRIVMSG, USERNOTICE, CLEARMSG, CLEARCHAT, or another command
     * MellChat does not handle), received at {@code receivedAtMillis} (epoch ms).
     */
    void onChatLine(String channel, IrcMessage line, long receivedAtMillis)
            throws InterruptedException;

    /** A channel's status changed; {@code detail} says why (empty when there is nothing to say). */
    void onStatus(String channel, ChannelStatus status, String detail) throws InterruptedException;

    /**
     * An input was skipped ({@link SkipReasons}); {@code channel} is empty when the line could not
     * be tied to a channel.
     */
    void onSkipped(String channel, String reason, String detail);

    /** The connection carrying {@code channel} was re-established. */
    void onReconnect(String channel);
}
