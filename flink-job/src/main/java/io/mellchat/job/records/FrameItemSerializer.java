package io.mellchat.job.records;

import io.mellchat.model.flink.ModelTypeInfo;
import io.mellchat.model.flink.RecordSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Binary serializer of {@link FrameItem} for the exchange in front of the frame batcher, which
 * carries a frame for nearly every chat message. The frame's JSON, a few hundred characters, goes
 * as length-prefixed UTF-8 (encoded and decoded by the JDK's vectorised codecs) instead of Flink's
 * character-by-character string format; the short routing fields go as Flink strings.
 *
 * <p>Only the exchange uses it ({@link #TYPE} on the frame output tags): the batcher's state keeps
 * its head item with Flink's POJO serializer, so checkpoints of earlier versions still restore.
 */
public final class FrameItemSerializer extends RecordSerializer<FrameItem> {
    public static final FrameItemSerializer INSTANCE = new FrameItemSerializer();

    /** The type of every frame stream. */
    public static final TypeInformation<FrameItem> TYPE =
            new ModelTypeInfo<>(FrameItem.class, INSTANCE);

    private static final long serialVersionUID = 1L;
    private static final byte FORMAT = 1;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public FrameItem createInstance() {
        return new FrameItem();
    }

    @Override
    public FrameItem copy(FrameItem from) {
        FrameItem c = new FrameItem();
        c.channelKey = from.channelKey;
        c.type = from.type;
        c.redisChannel = from.redisChannel;
        c.stream = from.stream;
        c.platform = from.platform;
        c.channel = from.channel;
        c.json = from.json;
        return c;
    }

    @Override
    public void serialize(FrameItem f, DataOutputView out) throws IOException {
        out.writeByte(FORMAT);
        StringValue.writeString(f.channelKey, out);
        StringValue.writeString(f.type, out);
        StringValue.writeString(f.redisChannel, out);
        StringValue.writeString(f.stream, out);
        StringValue.writeString(f.platform, out);
        StringValue.writeString(f.channel, out);
        if (f.json == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = f.json.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    @Override
    public FrameItem deserialize(DataInputView in) throws IOException {
        byte format = in.readByte();
        if (format != FORMAT) {
            throw new IOException("unknown frame item format " + format);
        }
        FrameItem f = new FrameItem();
        f.channelKey = StringValue.readString(in);
        f.type = StringValue.readString(in);
        f.redisChannel = StringValue.readString(in);
        f.stream = StringValue.readString(in);
        f.platform = StringValue.readString(in);
        f.channel = StringValue.readString(in);
        int n = in.readInt();
        if (n < -1) {
            throw new IOException("corrupt frame item: JSON length " + n);
        }
        if (n >= 0) {
            byte[] utf8 = new byte[n];
            in.readFully(utf8);
            f.json = new String(utf8, StandardCharsets.UTF_8);
        }
        return f;
    }

    @Override
    public TypeSerializerSnapshot<FrameItem> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Snapshot of the (stateless) serializer. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<FrameItem> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
