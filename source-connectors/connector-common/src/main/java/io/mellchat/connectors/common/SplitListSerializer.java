package io.mellchat.connectors.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** Checkpoint format of a list of splits: each written by the split's own versioned serializer. */
public final class SplitListSerializer<S> implements SimpleVersionedSerializer<List<S>> {
    private final SimpleVersionedSerializer<S> splits;

    public SplitListSerializer(SimpleVersionedSerializer<S> splits) {
        this.splits = splits;
    }

    @Override
    public int getVersion() {
        return 1;
    }

    @Override
    public byte[] serialize(List<S> list) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.writeInt(splits.getVersion());
        out.writeInt(list.size());
        for (S s : list) {
            byte[] b = splits.serialize(s);
            out.writeInt(b.length);
            out.write(b);
        }
        return out.getCopyOfBuffer();
    }

    @Override
    public List<S> deserialize(int version, byte[] bytes) throws IOException {
        if (version != 1) {
            throw new IOException("unknown split list version " + version);
        }
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        int splitVersion = in.readInt();
        int n = in.readInt();
        List<S> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            out.add(splits.deserialize(splitVersion, b));
        }
        return out;
    }
}
