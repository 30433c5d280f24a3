package io.mellchat.connectors.common;

import java.util.List;

/** The enumerator's checkpoint: splits handed to readers, and splits waiting for a reader. */
public record ChannelEnumeratorState(List<ChannelSplit> assigned, List<ChannelSplit> pending) {
    public ChannelEnumeratorState {
        assigned = List.copyOf(assigned);
        pending = List.copyOf(pending);
    }

    public static ChannelEnumeratorState empty() {
        return new ChannelEnumeratorState(List.of(), List.of());
    }
}
