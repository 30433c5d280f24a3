package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.StatsEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatsCombinerTest {
    private static final long BUCKET = 10_000;

    private StatsCombiner combiner;
    private OneInputStreamOperatorTestHarness<StatsEvent, StatsEvent> harness;

    @BeforeEach
    void open() throws Exception {
        combiner = new StatsCombiner(BUCKET);
        harness = new OneInputStreamOperatorTestHarness<>(combiner);
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void message(String channel, String who, String category, long at) throws Exception {
        harness.processElement(
                new StreamRecord<>(
                        StatsEvent.message("s", "twitch", channel, who, category, at), at));
    }

    /** The output in order: partial counts as "channel@timestamp:messages/chatters", watermarks. */
    private List<String> output() {
        List<String> out = new ArrayList<>();
        for (Object o : harness.getOutput()) {
            if (o instanceof StreamRecord<?> r) {
                StatsEvent e = (StatsEvent) r.getValue();
                out.add(
                        e.channel
                                + "@"
                                + r.getTimestamp()
                                + ":"
                                + e.counts.messages
                                + "/"
                                + e.counts.chatters.size());
            } else if (o instanceof Watermark w) {
                out.add("wm " + w.getTimestamp());
            }
        }
        harness.getOutput().clear();
        return out;
    }

    @Test
    void combinesABucketAndEmitsItBeforeTheWatermarkThatClosesIt() throws Exception {
        message("a", "ann", "question", 1_000);
        message("a", "bob", "general", 4_000);
        message("a", "ann", "greeting", 2_000);
        message("b", "cat", "general", 3_000);
        message("a", "dan", "general", 12_000);

        harness.processWatermark(new Watermark(5_000));
        assertThat(output()).containsExactly("wm 5000");

        harness.processWatermark(new Watermark(9_999));
        List<String> out = output();
        assertThat(out).containsExactlyInAnyOrder("a@4000:3/2", "b@3000:1/1", "wm 9999");
        assertThat(out.get(out.size() - 1)).isEqualTo("wm 9999");
        assertThat(combiner.pendingBuckets()).isEqualTo(1);
    }

    @Test
    void thePartialCarriesCategoriesQuestionsAndChatters() throws Exception {
        message("a", "ann", "question", 1_000);
        message("a", "ann", "question", 1_500);
        message("a", "bob", "greeting", 2_000);
        harness.processElement(
                new StreamRecord<>(
                        StatsEvent.upvote("s", "twitch", "a", "viewer:v", 2_500), 2_500));

        harness.processWatermark(new Watermark(10_000));

        StatsEvent e = (StatsEvent) ((StreamRecord<?>) harness.getOutput().peek()).getValue();
        assertThat(e.counts.messages).isEqualTo(3);
        assertThat(e.counts.questions).isEqualTo(2);
        assertThat(e.counts.upvotes).isEqualTo(1);
        assertThat(e.counts.chatters).containsExactlyInAnyOrder("ann", "bob");
        assertThat(e.counts.categories).containsEntry("question", 2).containsEntry("greeting", 1);
        assertThat(e.atMillis).isEqualTo(2_500);
    }

    @Test
    void aPartialIsStampedInsideItsBucketEvenIfAnEventSaidOtherwise() throws Exception {
        StatsEvent odd = StatsEvent.message("s", "twitch", "a", "ann", "general", 99_000);
        harness.processElement(new StreamRecord<>(odd, 1_000));
        message("a", "bob", "general", 2_000);

        harness.processWatermark(new Watermark(10_000));

        assertThat(output()).containsExactly("a@9999:2/2", "wm 10000");
    }

    @Test
    void lateEventsPassAlone() throws Exception {
        harness.processWatermark(new Watermark(20_000));
        output();

        message("a", "ann", "general", 15_000);
        message("a", "bob", "general", 16_000);

        assertThat(output()).containsExactly("a@15000:1/1", "a@16000:1/1");
        assertThat(combiner.pendingBuckets()).isZero();
    }

    @Test
    void everythingHeldIsEmittedBeforeACheckpointBarrierSoNoStateIsNeeded() throws Exception {
        message("a", "ann", "general", 1_000);
        message("b", "bob", "general", 25_000);

        combiner.prepareSnapshotPreBarrier(1);

        assertThat(output()).containsExactlyInAnyOrder("a@1000:1/1", "b@25000:1/1");
        assertThat(combiner.pendingBuckets()).isZero();
        assertThat(harness.snapshot(1, 1).getManagedOperatorState()).isEmpty();
    }

    @Test
    void everythingHeldIsEmittedWhenTheInputGoesIdleAndAtTheEnd() throws Exception {
        message("a", "ann", "general", 1_000);
        harness.processWatermarkStatus(WatermarkStatus.IDLE);
        assertThat(output()).containsExactly("a@1000:1/1");

        message("b", "bob", "general", 2_000);
        harness.endInput();
        combiner.finish();
        assertThat(output()).containsExactly("b@2000:1/1");
    }

    @Test
    void theBucketDividesEveryWindow() {
        assertThat(StatsCombiner.bucketMillis(Duration.ofMinutes(1), Duration.ofSeconds(10)))
                .isEqualTo(10_000);
        assertThat(StatsCombiner.bucketMillis(Duration.ofSeconds(45), Duration.ofSeconds(10)))
                .isEqualTo(5_000);
        assertThat(StatsCombiner.bucketMillis(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isEqualTo(5_000);
    }

    @Test
    void statsEventsHaveAFlinkSerializerNotKryo() throws Exception {
        TypeInformation<StatsEvent> type = TypeInformation.of(StatsEvent.class);
        assertThat(type).isInstanceOf(PojoTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false); // a Kryo fallback anywhere inside would throw
        TypeSerializer<StatsEvent> serializer = type.createSerializer(config);
        StatsEvent e = StatsEvent.message("s", "kick", "c", "ann", "question", 7);
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(e, out);

        StatsEvent back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(back.channel).isEqualTo("c");
        assertThat(back.atMillis).isEqualTo(7);
        assertThat(back.counts.chatters).containsExactly("ann");
        assertThat(back.counts.questions).isEqualTo(1);
    }
}
