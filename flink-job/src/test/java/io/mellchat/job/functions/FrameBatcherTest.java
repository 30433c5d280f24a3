package io.mellchat.job.functions;

import static io.mellchat.job.Events.msg;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.RedisFrame;
import io.mellchat.model.ChatJson;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameBatcherTest {
    private KeyedOneInputStreamOperatorTestHarness<String, FrameItem, RedisFrame> harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new FrameBatcher(25, 3)),
                        f -> f.channelKey,
                        Types.STRING);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void feed(FrameItem item) throws Exception {
        harness.processElement(new StreamRecord<>(item));
    }

    private List<RedisFrame> frames() {
        return harness.extractOutputValues();
    }

    @Test
    void publishesABatchAfterTheInterval() throws Exception {
        feed(Frames.message(msg("a", "ann", "one", 0)));
        feed(Frames.message(msg("b", "bob", "two", 1)));
        assertThat(frames()).isEmpty();
        harness.setProcessingTime(harness.getProcessingTime() + 25);
        assertThat(frames())
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.channel).isEqualTo("messages:twitch:chan");
                            JsonNode json = ChatJson.mapper().readTree(f.payload);
                            assertThat(json.get("type").asText()).isEqualTo("message");
                            assertThat(json.get("stream").asText()).isEqualTo("show");
                            assertThat(json.get("data")).hasSize(2);
                            assertThat(json.get("data").get(1).get("message").asText())
                                    .isEqualTo("two");
                        });
    }

    @Test
    void theFinalWatermarkFlushesTheLastBatch() throws Exception {
        harness.processElement(
                new StreamRecord<>(Frames.message(msg("a", "ann", "one", 0)), 1000L));
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(frames()).hasSize(1);
    }

    @Test
    void publishesAFullBatchAtOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            feed(Frames.message(msg("m" + i, "ann", "x", i)));
        }
        assertThat(frames()).hasSize(1);
        harness.setProcessingTime(harness.getProcessingTime() + 100);
        assertThat(frames()).hasSize(1);
    }

    @Test
    void otherFramesFlushTheBatchFirstToKeepOrder() throws Exception {
        feed(Frames.message(msg("a", "ann", "spam", 0)));
        feed(
                Frames.deleted(
                        "show",
                        "twitch",
                        "chan",
                        List.of(UUID.randomUUID()),
                        List.of(),
                        "",
                        false));
        assertThat(frames())
                .extracting(f -> f.channel)
                .containsExactly("messages:twitch:chan", "moderation:twitch:chan");
    }

    @Test
    void hostileTextStaysInsideItsJsonString() throws Exception {
        feed(Frames.message(msg("a", "ann", "\"]}<script>alert(1)</script>\\", 0)));
        harness.setProcessingTime(harness.getProcessingTime() + 25);
        JsonNode json = ChatJson.mapper().readTree(frames().get(0).payload);
        assertThat(json.get("data").get(0).get("message").asText())
                .isEqualTo("\"]}<script>alert(1)</script>\\");
    }
}
