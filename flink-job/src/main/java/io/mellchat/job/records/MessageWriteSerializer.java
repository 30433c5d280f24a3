package io.mellchat.job.records;

import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.flink.ChatEventSerializer;
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

/**
 * Binary serializer of {@link MessageWrite}: version byte, deletion flag, the message as {@link
 * ChatEventSerializer} writes it. A write is immutable, so a copy is the write itself: the chained
 * hand-over from the channel state to the messages sink, and the sink's own copy of what it
 * batches, cost nothing (with Flink's generic POJO serializer each was a reflective copy per
 * message).
 */
public final class MessageWriteSerializer extends RecordSerializer.Immutable<MessageWrite> {
    public static final MessageWriteSerializer INSTANCE = new MessageWriteSerializer();
    private static final long serialVersionUID = 1L;
    private static final byte FORMAT = 1;

    @Override
    public void serialize(MessageWrite w, DataOutputView out) throws IOException {
        out.writeByte(FORMAT);
        out.writeBoolean(w.deletionOnly);
        ChatEventSerializer.INSTANCE.serialize(w.message, out);
    }

    @Override
    public MessageWrite deserialize(DataInputView in) throws IOException {
        byte format = in.readByte();
        if (format != FORMAT) {
            throw new IOException("unknown message write format " + format);
        }
        boolean deletionOnly = in.readBoolean();
        ChatEvent e = ChatEventSerializer.INSTANCE.deserialize(in);
        if (!(e instanceof ChatMessage m)) {
            throw new IOException("a message write carries a message, not " + e);
        }
        return new MessageWrite(m, deletionOnly);
    }

    @Override
    public TypeSerializerSnapshot<MessageWrite> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Snapshot of the (stateless) serializer. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<MessageWrite> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** Lets type extraction find this serializer through {@code @TypeInfo}. */
    public static final class Factory extends TypeInfoFactory<MessageWrite> {
        @Override
        public TypeInformation<MessageWrite> createTypeInfo(
                Type t, Map<String, TypeInformation<?>> genericParameters) {
            return new ModelTypeInfo<>(MessageWrite.class, INSTANCE);
        }
    }
}
