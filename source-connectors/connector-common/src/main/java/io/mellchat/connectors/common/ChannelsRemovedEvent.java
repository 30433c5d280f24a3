package io.mellchat.connectors.common;

import java.util.Set;
import org.apache.flink.api.connector.source.SourceEvent;

/**
 * Sent by the enumerator to every reader when channels were removed from the configuration; a
 * reader stops reading those of its splits and ignores the others.
 */
public final class ChannelsRemovedEvent implements SourceEvent {
    private static final long serialVersionUID = 1L;
    private final Set<String> splitIds;

    public ChannelsRemovedEvent(Set<String> splitIds) {
        this.splitIds = Set.copyOf(splitIds);
    }

    public Set<String> splitIds() {
        return splitIds;
    }

    @Override
    public String toString() {
        return "ChannelsRemovedEvent" + splitIds;
    }
}
