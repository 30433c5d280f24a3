package io.mellchat.connectors.youtube.client;

import io.mellchat.model.ChatEvent;
import java.util.Objects;

/**
 * One item of a chat page, mapped to the model.
 *
 * @param key the platform's id of the item (a message id; for deletions and bans without an id of
 *     their own, a key derived from their target), used to skip items already emitted
 * @param event the event
 */
public record ChatItem(String key, ChatEvent event) {
    public ChatItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(event, "event");
    }
}
