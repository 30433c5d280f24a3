package io.mellchat.connectors.common;

import io.mellchat.model.ChatEvent;
import java.util.Optional;

/**
 * What a split reader hands to the framework for one split: an event to emit, a new position of the
 * split, or both. A position-only record advances the split without emitting (e.g. an empty YouTube
 * page that still moved the continuation token).
 */
public final class ChannelRecord {
    private final ChatEvent event;
    private final String position;

    private ChannelRecord(ChatEvent event, String position) {
        this.event = event;
        this.position = position;
    }

    public static ChannelRecord of(ChatEvent event) {
        return new ChannelRecord(java.util.Objects.requireNonNull(event), null);
    }

    public static ChannelRecord of(ChatEvent event, String position) {
        return new ChannelRecord(
                java.util.Objects.requireNonNull(event),
                java.util.Objects.requireNonNull(position));
    }

    public static ChannelRecord position(String position) {
        return new ChannelRecord(null, java.util.Objects.requireNonNull(position));
    }

    public Optional<ChatEvent> event() {
        return Optional.ofNullable(event);
    }

    public Optional<String> newPosition() {
        return Optional.ofNullable(position);
    }

    @Override
    public String toString() {
        return "ChannelRecord[" + event + ", position=" + position + "]";
    }
}
