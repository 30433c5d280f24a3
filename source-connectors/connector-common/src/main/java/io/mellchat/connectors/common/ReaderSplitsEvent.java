package io.mellchat.connectors.common;

import java.util.Set;
import org.apache.flink.api.connector.source.SourceEvent;

/**
 * Sent by a reader when it starts: the channel splits it restored from its checkpoint. After a
 * partial failover the enumerator is not reset, so a reader may restore a channel removed since its
 * checkpoint (or given to another reader since); the enumerator answers with a {@link
 * ChannelsRemovedEvent} for those, and learns which reader owns the rest.
 */
public final class ReaderSplitsEvent implements SourceEvent {
    private static final long serialVersionUID = 1L;
    private final Set<String> splitIds;

    public ReaderSplitsEvent(Set<String> splitIds) {
        this.splitIds = Set.copyOf(splitIds);
    }

    public Set<String> splitIds() {
        return splitIds;
    }

    @Override
    public String toString() {
        return "ReaderSplitsEvent" + splitIds;
    }
}
