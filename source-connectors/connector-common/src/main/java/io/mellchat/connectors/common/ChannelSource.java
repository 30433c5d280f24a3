package io.mellchat.connectors.common;

import io.mellchat.model.ChatEvent;
import io.mellchat.model.Platform;
import io.mellchat.model.flink.ModelTypeInfo;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * The FLIP-27 source of one platform: one split per channel, channels discovered periodically, each
 * subtask's channels read by one {@link SplitReader} that a platform supplies.
 */
public abstract class ChannelSource
        implements Source<ChatEvent, ChannelSplit, ChannelEnumeratorState>,
                ResultTypeQueryable<ChatEvent> {
    private static final long serialVersionUID = 1L;

    private final Platform platform;
    private final ChannelDiscovery discovery;
    private final Duration discoveryInterval;

    protected ChannelSource(
            Platform platform, ChannelDiscovery discovery, Duration discoveryInterval) {
        this.platform = Objects.requireNonNull(platform);
        this.discovery = Objects.requireNonNull(discovery);
        this.discoveryInterval = Objects.requireNonNull(discoveryInterval);
    }

    /** The split reader that speaks the platform's protocol for all splits of one subtask. */
    protected abstract SplitReader<ChannelRecord, ChannelSplit> createSplitReader(
            SourceReaderContext context);

    public Platform platform() {
        return platform;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SourceReader<ChatEvent, ChannelSplit> createReader(SourceReaderContext context) {
        return new ChannelSourceReader(() -> createSplitReader(context), context);
    }

    @Override
    public SplitEnumerator<ChannelSplit, ChannelEnumeratorState> createEnumerator(
            SplitEnumeratorContext<ChannelSplit> context) {
        return restoreEnumerator(context, ChannelEnumeratorState.empty());
    }

    @Override
    public SplitEnumerator<ChannelSplit, ChannelEnumeratorState> restoreEnumerator(
            SplitEnumeratorContext<ChannelSplit> context, ChannelEnumeratorState state) {
        return new ChannelEnumerator(context, platform, discovery, discoveryInterval, state);
    }

    @Override
    public SimpleVersionedSerializer<ChannelSplit> getSplitSerializer() {
        return ChannelSplitSerializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<ChannelEnumeratorState> getEnumeratorCheckpointSerializer() {
        return ChannelEnumeratorStateSerializer.INSTANCE;
    }

    @Override
    public TypeInformation<ChatEvent> getProducedType() {
        return ModelTypeInfo.chatEvents(ChatEvent.class);
    }
}
