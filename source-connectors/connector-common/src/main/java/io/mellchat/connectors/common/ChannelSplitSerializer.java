package io.mellchat.connectors.common;

import io.mellchat.model.ChannelRef;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Checkpoint format of {@link ChannelSplit}; version 1: platform, channel, stream, hint, position.
 */
public final class ChannelSplitSerializer implements SimpleVersionedSerializer<ChannelSplit> {
    public static final ChannelSplitSerializer INSTANCE = new ChannelSplitSerializer();
    private static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(ChannelSplit split) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        write(split, out);
        return out.getCopyOfBuffer();
    }

    @Override
    public ChannelSplit deserialize(int version, byte[] bytes) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown channel split version " + version);
        }
        return read(new DataInputDeserializer(bytes));
    }

    static void write(ChannelSplit split, DataOutputView out) throws IOException {
        ChannelSpec spec = split.spec();
        StringValue.writeString(spec.ref().platform().id(), out);
        StringValue.writeString(spec.ref().channel(), out);
        StringValue.writeString(spec.stream(), out);
        StringValue.writeString(spec.lookupHint(), out);
        StringValue.writeString(split.position(), out);
    }

    static ChannelSplit read(DataInputView in) throws IOException {
        Platform platform = Platform.of(StringValue.readString(in));
        String channel = StringValue.readString(in);
        String stream = StringValue.readString(in);
        String hint = StringValue.readString(in);
        String position = StringValue.readString(in);
        return new ChannelSplit(
                new ChannelSpec(new ChannelRef(platform, channel), stream, hint), position);
    }
}
