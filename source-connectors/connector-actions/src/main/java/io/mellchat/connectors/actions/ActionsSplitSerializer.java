package io.mellchat.connectors.actions;

import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** Checkpoint format of {@link ActionsSplit}; version 1: stream key, last id. */
public final class ActionsSplitSerializer implements SimpleVersionedSerializer<ActionsSplit> {
    public static final ActionsSplitSerializer INSTANCE = new ActionsSplitSerializer();

    @Override
    public int getVersion() {
        return 1;
    }

    @Override
    public byte[] serialize(ActionsSplit split) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.writeUTF(split.streamKey());
        out.writeUTF(split.lastId());
        return out.getCopyOfBuffer();
    }

    @Override
    public ActionsSplit deserialize(int version, byte[] bytes) throws IOException {
        if (version != 1) {
            throw new IOException("unknown actions split version " + version);
        }
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        String key = in.readUTF();
        return new ActionsSplit(key, in.readUTF());
    }
}
