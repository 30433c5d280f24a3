package io.mellchat.connectors.kick.client;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatEvent;

/** What {@link KickChatClient} reports. Calls may block (back-pressure) but never under a lock. */
public interface KickChatListener {

    /** A modelled event of a channel (already deduplicated). */
    void onEvent(ChannelSpec channel, ChatEvent event);

    /** A channel's status changed (only changes are reported). */
    void onStatus(ChannelSpec channel, ChannelStatus status, String detail);

    /** An input was skipped (see {@link SkipReasons}); {@code detail} is for the log. */
    void onSkipped(String reason, String detail);

    /** The connection carrying a channel was lost and is being re-established. */
    void onReconnect(ChannelSpec channel);

    /** A frame of this channel could not be read (invalid JSON, missing fields). */
    void onParseFailure(ChannelSpec channel);
}
