package io.mellchat.connectors.replay;

import io.mellchat.model.ChatEvent;
import java.util.Map;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;

/** Reader of the replay source: emits the events and keeps the replay's position. */
final class ReplaySourceReader
        extends SingleThreadMultiplexSourceReaderBase<
                ReplayRecord, ChatEvent, ReplaySplit, ReplaySplitState> {

    ReplaySourceReader(ReplayOptions options, SourceReaderContext context) {
        super(
                () ->
                        new ReplaySplitReader(
                                options,
                                context.metricGroup().counter("mellchat_replay_skipped_lines"),
                                System::currentTimeMillis),
                new Emitter(),
                new Configuration(),
                context);
    }

    @Override
    public void start() {
        if (getNumberOfCurrentlyAssignedSplits() == 0) {
            context.sendSplitRequest();
        }
    }

    @Override
    protected void onSplitFinished(Map<String, ReplaySplitState> finished) {
        context.sendSplitRequest();
    }

    @Override
    protected ReplaySplitState initializedState(ReplaySplit split) {
        return new ReplaySplitState(split);
    }

    @Override
    protected ReplaySplit toSplitType(String splitId, ReplaySplitState state) {
        return state.toSplit();
    }

    private static final class Emitter
            implements RecordEmitter<ReplayRecord, ChatEvent, ReplaySplitState> {
        @Override
        public void emitRecord(
                ReplayRecord r, SourceOutput<ChatEvent> output, ReplaySplitState state) {
            output.collect(r.event(), r.event().timestamp().toEpochMilli());
            state.advance(r);
        }
    }
}
