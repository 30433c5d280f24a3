package io.mellchat.model.flink;

import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.Platform;
import io.mellchat.model.ReplyParent;
import io.mellchat.model.UserBanned;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Binary serializer for every {@link ChatEvent}: a format version byte, a type tag, then the
 * fields. Events are immutable, so copies are the same object. A new field means a new {@link
 * #FORMAT} version that still reads the old one.
 */
public final class ChatEventSerializer extends RecordSerializer.Immutable<ChatEvent> {

    public static final ChatEventSerializer INSTANCE = new ChatEventSerializer();
    private static final long serialVersionUID = 1L;

    static final byte FORMAT = 1;
    private static final byte MESSAGE = 1;
    private static final byte DELETED = 2;
    private static final byte BANNED = 3;
    private static final byte CLEARED = 4;
    private static final byte STATUS = 5;

    private static final Platform[] PLATFORMS = Platform.values();
    private static final MessageKind[] KINDS = MessageKind.values();
    private static final ChannelStatus[] STATUSES = ChannelStatus.values();

    @Override
    public void serialize(ChatEvent event, DataOutputView out) throws IOException {
        out.writeByte(FORMAT);
        if (event instanceof ChatMessage) {
            out.writeByte(MESSAGE);
            writeMessage((ChatMessage) event, out);
        } else if (event instanceof MessageDeleted) {
            MessageDeleted d = (MessageDeleted) event;
            out.writeByte(DELETED);
            writeHeader(d, out);
            Wire.writeString(d.platformMessageId(), out);
            Wire.writeString(d.username(), out);
        } else if (event instanceof UserBanned) {
            UserBanned b = (UserBanned) event;
            out.writeByte(BANNED);
            writeHeader(b, out);
            Wire.writeString(b.userId(), out);
            Wire.writeString(b.username(), out);
            out.writeLong(b.durationSeconds());
            Wire.writeString(b.reason(), out);
        } else if (event instanceof ChatCleared) {
            out.writeByte(CLEARED);
            writeHeader(event, out);
        } else if (event instanceof ChannelStatusChanged) {
            ChannelStatusChanged s = (ChannelStatusChanged) event;
            out.writeByte(STATUS);
            writeHeader(s, out);
            out.writeByte(s.status().ordinal());
            Wire.writeString(s.detail(), out);
            Wire.writeString(s.origin(), out);
        } else {
            throw new IOException("unknown event class " + event.getClass());
        }
    }

    @Override
    public ChatEvent deserialize(DataInputView in) throws IOException {
        byte format = in.readByte();
        if (format != FORMAT) {
            throw new IOException("unknown chat event format version " + format);
        }
        byte tag = in.readByte();
        switch (tag) {
            case MESSAGE:
                return readMessage(in);
            case DELETED:
                {
                    Platform p = PLATFORMS[in.readByte()];
                    String channel = Wire.readString(in);
                    String stream = Wire.readString(in);
                    java.time.Instant ts = Wire.readInstant(in);
                    return new MessageDeleted(
                            p, channel, stream, Wire.readString(in), Wire.readString(in), ts);
                }
            case BANNED:
                {
                    Platform p = PLATFORMS[in.readByte()];
                    String channel = Wire.readString(in);
                    String stream = Wire.readString(in);
                    java.time.Instant ts = Wire.readInstant(in);
                    String userId = Wire.readString(in);
                    String username = Wire.readString(in);
                    long duration = in.readLong();
                    return new UserBanned(
                            p,
                            channel,
                            stream,
                            userId,
                            username,
                            duration,
                            Wire.readString(in),
                            ts);
                }
            case CLEARED:
                {
                    Platform p = PLATFORMS[in.readByte()];
                    String channel = Wire.readString(in);
                    String stream = Wire.readString(in);
                    return new ChatCleared(p, channel, stream, Wire.readInstant(in));
                }
            case STATUS:
                {
                    Platform p = PLATFORMS[in.readByte()];
                    String channel = Wire.readString(in);
                    String stream = Wire.readString(in);
                    java.time.Instant ts = Wire.readInstant(in);
                    ChannelStatus status = STATUSES[in.readByte()];
                    return new ChannelStatusChanged(
                            p,
                            channel,
                            stream,
                            status,
                            Wire.readString(in),
                            Wire.readString(in),
                            ts);
                }
            default:
                throw new IOException("unknown chat event tag " + tag);
        }
    }

    @Override
    public TypeSerializerSnapshot<ChatEvent> snapshotConfiguration() {
        return new ChatEventSerializerSnapshot();
    }

    private static void writeHeader(ChatEvent e, DataOutputView out) throws IOException {
        out.writeByte(e.platform().ordinal());
        Wire.writeString(e.channel(), out);
        Wire.writeString(e.stream(), out);
        Wire.writeInstant(e.timestamp(), out);
    }

    private static void writeMessage(ChatMessage m, DataOutputView out) throws IOException {
        writeHeader(m, out);
        Wire.writeUuid(m.id(), out);
        Wire.writeString(m.platformMessageId(), out);
        Wire.writeString(m.userId(), out);
        Wire.writeString(m.username(), out);
        Wire.writeString(m.displayName(), out);
        Wire.writeString(m.message(), out);
        Wire.writeInstant(m.receivedAt(), out);
        out.writeByte(m.kind().ordinal());
        out.writeBoolean(m.action());
        Wire.writeString(m.replyTo(), out);
        ReplyParent rp = m.replyParent();
        out.writeBoolean(rp != null);
        if (rp != null) {
            Wire.writeString(rp.userId(), out);
            Wire.writeString(rp.username(), out);
            Wire.writeString(rp.displayName(), out);
            Wire.writeString(rp.message(), out);
        }
        Wire.writeList(m.badges(), ChatEventSerializer::writeBadge, out);
        Wire.writeString(m.color(), out);
        Wire.writeList(m.emotes(), ChatEventSerializer::writeEmote, out);
        Amount a = m.amount();
        out.writeBoolean(a != null);
        if (a != null) {
            Wire.writeDecimal(a.value(), out);
            Wire.writeString(a.currency(), out);
        }
        Wire.writeStringMap(m.meta(), out);
        Wire.writeString(m.category(), out);
        out.writeDouble(m.confidence());
        out.writeInt(m.upvotes());
        out.writeBoolean(m.deleted());
    }

    private static ChatMessage readMessage(DataInputView in) throws IOException {
        ChatMessage.Builder b = ChatMessage.builder();
        b.platform(PLATFORMS[in.readByte()]);
        b.channel(Wire.readString(in));
        b.stream(Wire.readString(in));
        b.timestamp(Wire.readInstant(in));
        java.util.UUID id = Wire.readUuid(in);
        b.platformMessageId(Wire.readString(in));
        b.id(id);
        b.userId(Wire.readString(in));
        b.username(Wire.readString(in));
        b.displayName(Wire.readString(in));
        b.message(Wire.readString(in));
        b.receivedAt(Wire.readInstant(in));
        b.kind(KINDS[in.readByte()]);
        b.action(in.readBoolean());
        b.replyTo(Wire.readString(in));
        if (in.readBoolean()) {
            b.replyParent(
                    new ReplyParent(
                            Wire.readString(in),
                            Wire.readString(in),
                            Wire.readString(in),
                            Wire.readString(in)));
        }
        b.badges(Wire.readList(ChatEventSerializer::readBadge, in));
        b.color(Wire.readString(in));
        b.emotes(Wire.readList(ChatEventSerializer::readEmote, in));
        if (in.readBoolean()) {
            java.math.BigDecimal value = Wire.readDecimal(in);
            b.amount(new Amount(value, Wire.readString(in)));
        }
        b.meta(Wire.readStringMap(in));
        b.category(Wire.readString(in));
        b.confidence(in.readDouble());
        b.upvotes(in.readInt());
        b.deleted(in.readBoolean());
        return b.build();
    }

    private static void writeBadge(Badge badge, DataOutputView out) throws IOException {
        Wire.writeString(badge.type(), out);
        Wire.writeString(badge.version(), out);
        out.writeInt(badge.count());
    }

    private static Badge readBadge(DataInputView in) throws IOException {
        String type = Wire.readString(in);
        String version = Wire.readString(in);
        return new Badge(type, version, in.readInt());
    }

    private static void writeEmote(Emote e, DataOutputView out) throws IOException {
        Wire.writeString(e.id(), out);
        Wire.writeString(e.name(), out);
        out.writeInt(e.start());
        out.writeInt(e.end());
        Wire.writeString(e.url(), out);
    }

    private static Emote readEmote(DataInputView in) throws IOException {
        String id = Wire.readString(in);
        String name = Wire.readString(in);
        int start = in.readInt();
        int end = in.readInt();
        return new Emote(id, name, start, end, Wire.readString(in));
    }

    /** Snapshot of the (stateless) serializer, for savepoints. */
    public static final class ChatEventSerializerSnapshot
            extends SimpleTypeSerializerSnapshot<ChatEvent> {
        public ChatEventSerializerSnapshot() {
            super(() -> INSTANCE);
        }
    }

    /** Views the serializer as one for a subtype; the wire format carries the concrete type. */
    @SuppressWarnings("unchecked")
    static <T extends ChatEvent> TypeSerializer<T> forSubtype() {
        return (TypeSerializer<T>) (TypeSerializer<?>) INSTANCE;
    }
}
