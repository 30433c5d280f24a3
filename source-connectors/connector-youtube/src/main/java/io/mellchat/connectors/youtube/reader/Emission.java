package io.mellchat.connectors.youtube.reader;

import io.mellchat.model.ChatEvent;
import java.util.Optional;

/**
 * One thing to hand to Flink for a split: an event, a new split position, or both.
 *
 * @param event the event, or null for a position-only emission
 * @param position the split's new position, or null when it does not move
 */
public record Emission(ChatEvent event, String position) {
    public Optional<ChatEvent> eventIfAny() {
        return Optional.ofNullable(event);
    }

    public Optional<String> positionIfAny() {
        return Optional.ofNullable(position);
    }
}
