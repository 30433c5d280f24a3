package io.mellchat.connectors.replay;

import io.mellchat.model.ChatEvent;
import io.mellchat.model.flink.ModelTypeInfo;
import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

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
        return new ReplayEnumerator(
                context, List.of(new ReplaySplit(options.recording(), 0, 0, 0)));
    }

    @Override
    public SplitEnumerator<ReplaySplit, List<ReplaySplit>> restoreEnumerator(
            SplitEnumeratorContext<ReplaySplit> context, List<ReplaySplit> checkpoint) {
        return new ReplayEnumerator(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<ReplaySplit> getSplitSerializer() {
        return ReplaySplitSerializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<List<ReplaySplit>> getEnumeratorCheckpointSerializer() {
        return new SimpleVersionedSerializer<>() {
            @Override
            public int getVersion() {
                return 1;
            }

            @Override
            public byte[] serialize(List<ReplaySplit> splits) throws IOException {
                DataOutputSerializer out = new DataOutputSerializer(64);
                out.writeInt(splits.size());
                for (ReplaySplit s : splits) {
                    byte[] b = ReplaySplitSerializer.INSTANCE.serialize(s);
                    out.writeInt(b.length);
                    out.write(b);
                }
                return out.getCopyOfBuffer();
            }

            @Override
            public List<ReplaySplit> deserialize(int version, byte[] bytes) throws IOException {
                DataInputDeserializer in = new DataInputDeserializer(bytes);
                int n = in.readInt();
                List<ReplaySplit> splits = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    splits.add(ReplaySplitSerializer.INSTANCE.deserialize(1, b));
                }
                return splits;
            }
        };
    }

    @Override
    public TypeInformation<ChatEvent> getProducedType() {
        return ModelTypeInfo.chatEvents(ChatEvent.class);
    }
}
