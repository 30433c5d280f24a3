package io.mellchat.connectors.common;

import io.mellchat.model.ChatEvent;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;

/**
 * Emits a record's event with the platform's send time as its timestamp, and advances the split's
 * position.
 */
final class ChannelRecordEmitter
        implements RecordEmitter<ChannelRecord, ChatEvent, ChannelSplitState> {
    @Override
    public void emitRecord(
            ChannelRecord record, SourceOutput<ChatEvent> output, ChannelSplitState state) {
        record.event().ifPresent(e -> output.collect(e, e.timestamp().toEpochMilli()));
        record.newPosition().ifPresent(state::position);
    }
}
