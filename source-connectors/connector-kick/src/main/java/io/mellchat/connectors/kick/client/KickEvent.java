package io.mellchat.connectors.kick.client;

import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatEvent;
import java.util.Objects;

/** What one Kick frame means for a channel: an event, a status change, or a counted skip. */
public sealed interface KickEvent {

    /** A modelled event. */
    record Modelled(ChatEvent event) implements KickEvent {
        public Modelled {
            Objects.requireNonNull(event, "event");
        }
    }

    /** The platform says something about the stream (live, ended). */
    record StatusChange(ChannelStatus status, String detail) implements KickEvent {}

    /** Not modelled or not readable: counted under {@code reason} and logged once. */
    record Skipped(String reason, String detail) implements KickEvent {}
}
