package io.mellchat.model.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.SamplesAccess;
import io.mellchat.model.UserAction;
import java.time.Instant;
import java.util.UUID;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class SerializersTest {

    @Test
    void everyEventRoundTrips() throws Exception {
        for (ChatEvent e : SamplesAccess.allEvents()) {
            assertThat(roundTrip(ChatEventSerializer.INSTANCE, e)).isEqualTo(e);
        }
    }

    @Test
    void hugeMessagesRoundTrip() throws Exception {
        ChatMessage big =
                SamplesAccess.fullMessage().toBuilder().message("я".repeat(200_000)).build();
        assertThat(roundTrip(ChatEventSerializer.INSTANCE, big)).isEqualTo(big);
    }

    @Test
    void userActionRoundTrips() throws Exception {
        UserAction a =
                new UserAction(
                        "id",
                        UserAction.Type.HIDE,
                        UserAction.Target.MESSAGE,
                        UUID.randomUUID(),
                        "moderator:x",
                        "moderator",
                        Instant.now());
        assertThat(roundTrip(UserActionSerializer.INSTANCE, a)).isEqualTo(a);
    }

    @Test
    void typeExtractionUsesTheHandWrittenSerializers() {
        assertThat(TypeInformation.of(ChatMessage.class)).isInstanceOf(ModelTypeInfo.class);
        assertThat(TypeInformation.of(ChatEvent.class)).isInstanceOf(ModelTypeInfo.class);
        assertThat(TypeInformation.of(UserAction.class)).isInstanceOf(ModelTypeInfo.class);
        assertThat(
                        TypeInformation.of(ChatMessage.class)
                                .createSerializer(new SerializerConfigImpl()))
                .isSameAs(ChatEventSerializer.INSTANCE);
    }

    @Test
    void snapshotsRestoreCompatibleSerializers() throws Exception {
        TypeSerializerSnapshot<ChatEvent> snap =
                ChatEventSerializer.INSTANCE.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snap);
        TypeSerializerSnapshot<ChatEvent> restored =
                TypeSerializerSnapshot.readVersionedSnapshot(
                        new DataInputDeserializer(out.getCopyOfBuffer()),
                        getClass().getClassLoader());
        TypeSerializerSchemaCompatibility<ChatEvent> compat =
                ChatEventSerializer.INSTANCE
                        .snapshotConfiguration()
                        .resolveSchemaCompatibility(restored);
        assertThat(compat.isCompatibleAsIs()).isTrue();
        assertThat(restored.restoreSerializer()).isSameAs(ChatEventSerializer.INSTANCE);
    }

    private static <T> T roundTrip(TypeSerializer<T> s, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(256);
        s.serialize(value, out);
        T back = s.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        // copy(DataInputView, DataOutputView) must move exactly one record
        DataOutputSerializer copied = new DataOutputSerializer(256);
        s.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
        return back;
    }
}
