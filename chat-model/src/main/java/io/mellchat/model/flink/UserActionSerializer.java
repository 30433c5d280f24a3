package io.mellchat.model.flink;

import io.mellchat.model.UserAction;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Binary serializer for {@link UserAction}: a format version byte, then the fields. */
public final class UserActionSerializer extends RecordSerializer.Immutable<UserAction> {
    public static final UserActionSerializer INSTANCE = new UserActionSerializer();
    private static final long serialVersionUID = 1L;
    private static final byte FORMAT = 2;
    private static final UserAction.Type[] TYPES = UserAction.Type.values();
    private static final UserAction.Target[] TARGETS = UserAction.Target.values();

    @Override
    public void serialize(UserAction a, DataOutputView out) throws IOException {
        out.writeByte(FORMAT);
        Wire.writeString(a.actionId(), out);
        out.writeByte(a.type().ordinal());
        out.writeByte(a.targetType().ordinal());
        Wire.writeUuid(a.targetId(), out);
        Wire.writeString(a.actor(), out);
        Wire.writeString(a.role(), out);
        Wire.writeInstant(a.timestamp(), out);
        Wire.writeString(a.stream(), out);
        Wire.writeString(a.platform(), out);
        Wire.writeString(a.channel(), out);
    }

    @Override
    public UserAction deserialize(DataInputView in) throws IOException {
        byte format = in.readByte();
        if (format != 1 && format != FORMAT) {
            throw new IOException("unknown user action format version " + format);
        }
        String id = Wire.readString(in);
        UserAction.Type type = TYPES[in.readByte()];
        UserAction.Target target = TARGETS[in.readByte()];
        java.util.UUID targetId = Wire.readUuid(in);
        String actor = Wire.readString(in);
        String role = Wire.readString(in);
        java.time.Instant ts = Wire.readInstant(in);
        if (format == 1) {
            return new UserAction(id, type, target, targetId, actor, role, ts);
        }
        String stream = Wire.readString(in);
        String platform = Wire.readString(in);
        return new UserAction(
                id, type, target, targetId, actor, role, ts, stream, platform, Wire.readString(in));
    }

    @Override
    public TypeSerializerSnapshot<UserAction> snapshotConfiguration() {
        return new UserActionSerializerSnapshot();
    }

    /** Snapshot of the (stateless) serializer, for savepoints. */
    public static final class UserActionSerializerSnapshot
            extends SimpleTypeSerializerSnapshot<UserAction> {
        public UserActionSerializerSnapshot() {
            super(() -> INSTANCE);
        }
    }
}
