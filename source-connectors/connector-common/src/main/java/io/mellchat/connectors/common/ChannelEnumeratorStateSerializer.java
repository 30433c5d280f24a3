package io.mellchat.connectors.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/** Checkpoint format of {@link ChannelEnumeratorState}; version 1: two lists of splits. */
public final class ChannelEnumeratorStateSerializer
        implements SimpleVersionedSerializer<ChannelEnumeratorState> {
    public static final ChannelEnumeratorStateSerializer INSTANCE =
            new ChannelEnumeratorStateSerializer();
    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(ChannelEnumeratorState state) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        writeSplits(state.assigned(), out);
        writeSplits(state.pending(), out);
        return out.getCopyOfBuffer();
    }

    @Override
    public ChannelEnumeratorState deserialize(int version, byte[] bytes) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown channel enumerator state version " + version);
        }
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        List<ChannelSplit> assigned = readSplits(in);
        return new ChannelEnumeratorState(assigned, readSplits(in));
    }

    private static void writeSplits(List<ChannelSplit> splits, DataOutputView out)
            throws IOException {
        out.writeInt(splits.size());
        for (ChannelSplit s : splits) {
            ChannelSplitSerializer.write(s, out);
        }
    }

    private static List<ChannelSplit> readSplits(DataInputView in) throws IOException {
        int n = in.readInt();
        List<ChannelSplit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ChannelSplitSerializer.read(in));
        }
        return out;
    }
}
