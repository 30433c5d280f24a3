package io.mellchat.job.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class FrameItemSerializerTest {
    private static final FrameItemSerializer S = FrameItemSerializer.INSTANCE;

    @Test
    void framesRoundTripWhateverTheirText() throws Exception {
        String[] texts = {
            "{\"text\":\"hi\"}",
            "{\"text\":\"привет 👋🏽 ¿qué? </script><b>\\u0000\"}",
            "NUL \u0000 and emoji \uD83D\uDE00",
            "я".repeat(100_000),
            "",
            null
        };
        for (String json : texts) {
            FrameItem f =
                    new FrameItem("message", "mellchat:ch:twitch:c", "s", "twitch", "c", json);
            FrameItem back = roundTrip(f);
            assertThat(back).isEqualTo(f);
            assertThat(back.channelKey).isEqualTo("twitch:c");
            assertThat(back.stream).isEqualTo("s");
            assertThat(back.platform).isEqualTo("twitch");
            assertThat(back.channel).isEqualTo("c");
        }
    }

    @Test
    void aLoneSurrogateBecomesWhatRedisWouldPublishForIt() throws Exception {
        // no UTF-8 carries a lone surrogate; Jedis encodes a published String the same way
        String json = "{\"text\":\"a\uD800b\"}";
        FrameItem back = roundTrip(new FrameItem("message", "r", "s", "kick", "c", json));
        assertThat(back.json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(back.json).isEqualTo("{\"text\":\"a?b\"}");
    }

    @Test
    void aCopyIsEqualButItsOwn() {
        FrameItem f = new FrameItem("question", "r", "s", "kick", "c", "{}");
        FrameItem c = S.copy(f);
        assertThat(c).isNotSameAs(f).isEqualTo(f);
        assertThat(c.channelKey).isEqualTo(f.channelKey);
    }

    @Test
    void corruptInputIsAClearError() {
        assertThatThrownBy(() -> S.deserialize(new DataInputDeserializer(new byte[] {7})))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unknown frame item format 7");
    }

    @Test
    void theBatchersStateKeepsThePojoSerializerOfEarlierCheckpoints() {
        // FrameBatcher's "head" state is described by class: it must stay Flink's POJO type
        assertThat(TypeInformation.of(FrameItem.class)).isInstanceOf(PojoTypeInfo.class);
    }

    private static FrameItem roundTrip(FrameItem f) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        S.serialize(f, out);
        out.writeInt(42); // the next record must start right after this one
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        FrameItem back = S.deserialize(in);
        assertThat(in.readInt()).isEqualTo(42);
        DataOutputSerializer copied = new DataOutputSerializer(64);
        DataOutputSerializer once = new DataOutputSerializer(64);
        S.serialize(f, once);
        S.copy(new DataInputDeserializer(once.getCopyOfBuffer()), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(once.getCopyOfBuffer());
        return back;
    }
}
