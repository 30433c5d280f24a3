package io.mellchat.connectors.replay;

import io.mellchat.connectors.common.SingleSplitEnumerator;
import io.mellchat.connectors.common.SplitListSerializer;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.flink.ModelTypeInfo;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Replays a recorded chat (one event per line, see {@link RecordedEvent}) with its original timing,
 * faster, or as fast as possible; bounded unless it loops. Its position is checkpointed, so a
 * restored job replays exactly the events it had not yet emitted, with the same ids.
 */
public final class ReplaySource
        implements Source<ChatEvent, ReplaySplit, List<ReplaySplit>>,
                ResultTypeQueryable<ChatEvent> {
    private static final long serialVersionUID = 1L;

    private final ReplayOptions options;

    public ReplaySource(ReplayOptions options) {
        this.options = options;
    }

    @Override
    public Boundedness getBoundedness() {
        return options.loop() ? Boundedness.CONTINUOUS_UNBOUNDED : Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<ChatEvent, ReplaySplit> createReader(SourceReaderContext context) {
        return new ReplaySourceReader(options, context);
    }

    @Override
    public SplitEnumerator<ReplaySplit, List<ReplaySplit>> createEnumerator(
            SplitEnumeratorContext<ReplaySplit> context) {
        return new SingleSplitEnumerator<>(
                context, List.of(new ReplaySplit(options.recording(), 0, 0, 0)), !options.loop());
    }

    @Override
    public SplitEnumerator<ReplaySplit, List<ReplaySplit>> restoreEnumerator(
            SplitEnumeratorContext<ReplaySplit> context, List<ReplaySplit> checkpoint) {
        return new SingleSplitEnumerator<>(context, checkpoint, !options.loop());
    }

    @Override
    public SimpleVersionedSerializer<ReplaySplit> getSplitSerializer() {
        return ReplaySplitSerializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<List<ReplaySplit>> getEnumeratorCheckpointSerializer() {
        return new SplitListSerializer<>(ReplaySplitSerializer.INSTANCE);
    }

    @Override
    public TypeInformation<ChatEvent> getProducedType() {
        return ModelTypeInfo.chatEvents(ChatEvent.class);
    }
}
