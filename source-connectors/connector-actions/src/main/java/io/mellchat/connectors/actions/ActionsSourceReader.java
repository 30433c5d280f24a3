package io.mellchat.connectors.actions;

import io.mellchat.model.UserAction;
import java.util.Map;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.RecordEmitter;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;

/** Emits actions with their own time as timestamp and keeps the stream position. */
final class ActionsSourceReader
        extends SingleThreadMultiplexSourceReaderBase<
                ActionRecord, UserAction, ActionsSplit, ActionsSplit[]> {

    ActionsSourceReader(String redisUrl, SourceReaderContext context) {
        super(
                () ->
                        new ActionsSplitReader(
                                redisUrl,
                                context.metricGroup().counter("mellchat_actions_skipped")),
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
    protected void onSplitFinished(Map<String, ActionsSplit[]> finished) {}

    @Override
    protected ActionsSplit[] initializedState(ActionsSplit split) {
        return new ActionsSplit[] {split};
    }

    @Override
    protected ActionsSplit toSplitType(String splitId, ActionsSplit[] state) {
        return state[0];
    }

    private static final class Emitter
            implements RecordEmitter<ActionRecord, UserAction, ActionsSplit[]> {
        @Override
        public void emitRecord(ActionRecord r, SourceOutput<UserAction> out, ActionsSplit[] state) {
            if (r.action() != null) {
                out.collect(r.action(), r.action().timestamp().toEpochMilli());
            }
            state[0] = new ActionsSplit(state[0].streamKey(), r.entryId());
        }
    }
}
