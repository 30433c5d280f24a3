package io.mellchat.job.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.job.Events;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import io.mellchat.model.flink.ChatEventSerializer;
import java.io.IOException;
import java.time.Instant;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class MessageWriteSerializerTest {
    private static final MessageWriteSerializer S = MessageWriteSerializer.INSTANCE;

    @Test
    void insertsAndDeletionsRoundTrip() throws Exception {
        ChatMessage m = Events.msg("m-1", "ann", "how do I get there? привет <b>", 3);
        for (MessageWrite w :
                new MessageWrite[] {
                    MessageWrite.insert(m),
                    MessageWrite.deletion(m.toBuilder().deleted(true).build())
                }) {
            DataOutputSerializer out = new DataOutputSerializer(64);
            S.serialize(w, out);
            MessageWrite back = S.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            assertThat(back).isEqualTo(w);
            // copy(DataInputView, DataOutputView) moves exactly one record
            DataOutputSerializer copied = new DataOutputSerializer(64);
            S.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copied);
            assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
        }
    }

    @Test
    void aCopyIsTheImmutableWriteItself() {
        MessageWrite w = MessageWrite.insert(Events.msg("m-1", "ann", "hi", 0));
        assertThat(S.isImmutableType()).isTrue();
        assertThat(S.copy(w)).isSameAs(w);
        assertThat(S.copy(w, null)).isSameAs(w);
    }

    @Test
    void typeExtractionFindsThisSerializer() {
        assertThat(
                        TypeInformation.of(MessageWrite.class)
                                .createSerializer(new SerializerConfigImpl()))
                .isSameAs(S);
    }

    @Test
    void anUnknownFormatOrAnEventThatIsNotAMessageIsAClearError() throws Exception {
        assertThatThrownBy(() -> S.deserialize(new DataInputDeserializer(new byte[] {9, 0})))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unknown message write format 9");
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.writeByte(1);
        out.writeBoolean(true);
        ChatEventSerializer.INSTANCE.serialize(
                new ChatCleared(Platform.TWITCH, "c", "default", Instant.EPOCH), out);
        assertThatThrownBy(() -> S.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("carries a message");
    }
}
