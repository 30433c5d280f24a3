package io.mellchat.connectors.common;

import io.mellchat.model.ChatEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;

/**
 * The reader of every platform source: one split reader (one fetcher thread) multiplexes all
 * channels assigned to this subtask. Handles channel removal announced by the enumerator.
 */
public final class ChannelSourceReader
        extends SingleThreadMultiplexSourceReaderBase<
                ChannelRecord, ChatEvent, ChannelSplit, ChannelSplitState> {

    private final Map<String, ChannelSplit> current = new ConcurrentHashMap<>();

    public ChannelSourceReader(
            Supplier<SplitReader<ChannelRecord, ChannelSplit>> splitReaderSupplier,
            SourceReaderContext context) {
        super(splitReaderSupplier, new ChannelRecordEmitter(), new Configuration(), context);
    }

    /**
     * Splits are pushed by the enumerator; nothing to request. Tells it which splits were restored
     * (they are added before the reader starts), so that a channel removed since the checkpoint is
     * dropped again.
     */
    @Override
    public void start() {
        context.sendSourceEventToCoordinator(new ReaderSplitsEvent(current.keySet()));
    }

    @Override
    public void addSplits(List<ChannelSplit> splits) {
        splits.forEach(s -> current.put(s.splitId(), s));
        super.addSplits(splits);
    }

    @Override
    public void handleSourceEvents(SourceEvent event) {
        if (event instanceof ChannelsRemovedEvent) {
            List<ChannelSplit> mine = new ArrayList<>();
            for (String id : ((ChannelsRemovedEvent) event).splitIds()) {
                ChannelSplit s = current.get(id);
                if (s != null) {
                    mine.add(s);
                }
            }
            if (!mine.isEmpty()) {
                splitFetcherManager.removeSplits(mine);
            }
        } else {
            super.handleSourceEvents(event);
        }
    }

    @Override
    protected void onSplitFinished(Map<String, ChannelSplitState> finishedSplitIds) {
        finishedSplitIds.keySet().forEach(current::remove);
    }

    @Override
    protected ChannelSplitState initializedState(ChannelSplit split) {
        return new ChannelSplitState(split);
    }

    @Override
    protected ChannelSplit toSplitType(String splitId, ChannelSplitState state) {
        return state.toSplit();
    }
}
