package io.mellchat.connectors.replay;

import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.StringValue;

/** Checkpoint format of {@link ReplaySplit}; version 1. */
public final class ReplaySplitSerializer implements SimpleVersionedSerializer<ReplaySplit> {
    public static final ReplaySplitSerializer INSTANCE = new ReplaySplitSerializer();
    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(ReplaySplit split) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        StringValue.writeString(split.recording(), out);
        out.writeInt(split.loop());
        out.writeLong(split.nextLine());
        out.writeLong(split.loopStartMillis());
        return out.getCopyOfBuffer();
    }

    @Override
    public ReplaySplit deserialize(int version, byte[] bytes) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown replay split version " + version);
        }
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        String recording = StringValue.readString(in);
        int loop = in.readInt();
        long nextLine = in.readLong();
        return new ReplaySplit(recording, loop, nextLine, in.readLong());
    }
}
