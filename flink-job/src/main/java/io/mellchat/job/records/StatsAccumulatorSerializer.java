package io.mellchat.job.records;

import io.mellchat.model.flink.ModelTypeInfo;
import io.mellchat.model.flink.RecordSerializer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/** Binary serializer of {@link StatsAccumulator}: version byte, counts, chatters, categories. */
public final class StatsAccumulatorSerializer extends RecordSerializer<StatsAccumulator> {
    public static final StatsAccumulatorSerializer INSTANCE = new StatsAccumulatorSerializer();
    private static final long serialVersionUID = 1L;
    private static final byte FORMAT = 1;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public StatsAccumulator createInstance() {
        return new StatsAccumulator();
    }

    @Override
    public StatsAccumulator copy(StatsAccumulator from) {
        return new StatsAccumulator().merge(from);
    }

    @Override
    public void serialize(StatsAccumulator a, DataOutputView out) throws IOException {
        out.writeByte(FORMAT);
        out.writeInt(a.messages);
        out.writeInt(a.questions);
        out.writeInt(a.upvotes);
        out.writeInt(a.chatters.size());
        for (String c : a.chatters) {
            StringValue.writeString(c, out);
        }
        out.writeInt(a.categories.size());
        for (Map.Entry<String, Integer> e : a.categories.entrySet()) {
            StringValue.writeString(e.getKey(), out);
            out.writeInt(e.getValue());
        }
    }

    @Override
    public StatsAccumulator deserialize(DataInputView in) throws IOException {
        byte format = in.readByte();
        if (format != FORMAT) {
            throw new IOException("unknown stats accumulator format " + format);
        }
        StatsAccumulator a = new StatsAccumulator();
        a.messages = in.readInt();
        a.questions = in.readInt();
        a.upvotes = in.readInt();
        int chatters = in.readInt();
        for (int i = 0; i < chatters; i++) {
            a.chatters.add(StringValue.readString(in));
        }
        int categories = in.readInt();
        for (int i = 0; i < categories; i++) {
            String k = StringValue.readString(in);
            a.categories.put(k, in.readInt());
        }
        return a;
    }

    @Override
    public TypeSerializerSnapshot<StatsAccumulator> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Snapshot of the (stateless) serializer. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<StatsAccumulator> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** Lets type extraction find this serializer through {@code @TypeInfo}. */
    public static final class Factory extends TypeInfoFactory<StatsAccumulator> {
        @Override
        public TypeInformation<StatsAccumulator> createTypeInfo(
                Type t, Map<String, TypeInformation<?>> genericParameters) {
            return new ModelTypeInfo<>(StatsAccumulator.class, INSTANCE);
        }
    }
}
