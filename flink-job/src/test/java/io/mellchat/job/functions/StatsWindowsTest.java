package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mellchat.job.records.StatsAccumulator;
import io.mellchat.job.records.StatsAccumulatorSerializer;
import io.mellchat.job.records.StatsEvent;
import io.mellchat.job.records.StatsRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class StatsWindowsTest {

    @Test
    void countsMessagesQuestionsChattersUpvotesAndCategories() {
        StatsWindows.Count count = new StatsWindows.Count();
        StatsAccumulator a = count.createAccumulator();
        count.add(StatsEvent.message("s", "twitch", "c", "ann", "question", 0), a);
        count.add(StatsEvent.message("s", "twitch", "c", "ann", "general", 0), a);
        count.add(StatsEvent.message("s", "twitch", "c", "bob", "question", 0), a);
        StatsAccumulator b = count.createAccumulator();
        count.add(StatsEvent.upvote("s", "twitch", "c", "viewer:x", 0), b);
        count.add(StatsEvent.message("s", "kick", "c", "cat", "greeting", 0), b);
        StatsAccumulator m = count.merge(a, b);
        assertThat(m.messages).isEqualTo(4);
        assertThat(m.questions).isEqualTo(2);
        assertThat(m.chatters).containsExactlyInAnyOrder("ann", "bob", "cat");
        assertThat(m.upvotes).isEqualTo(1);
        assertThat(m.categories).containsEntry("question", 2).containsEntry("greeting", 1);
    }

    @Test
    void theAccumulatorSerializerRoundTrips() throws Exception {
        StatsAccumulator a = new StatsAccumulator();
        a.add(StatsEvent.message("s", "twitch", "c", "ann", "question", 0));
        a.add(StatsEvent.upvote("s", "twitch", "c", "v", 0));
        DataOutputSerializer out = new DataOutputSerializer(64);
        StatsAccumulatorSerializer.INSTANCE.serialize(a, out);
        StatsAccumulator back =
                StatsAccumulatorSerializer.INSTANCE.deserialize(
                        new DataInputDeserializer(out.getCopyOfBuffer()));
        assertThat(back.messages).isEqualTo(1);
        assertThat(back.upvotes).isEqualTo(1);
        assertThat(back.chatters).containsExactly("ann");
        assertThat(back.categories).containsEntry("question", 1);
    }

    /** The real window operator of {@link StatsWindows#of}, in a keyed test harness. */
    private static KeyedOneInputStreamOperatorTestHarness<String, StatsEvent, StatsRow> windows(
            boolean perChannel, Duration size, Duration lateness) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<StatsEvent> in =
                env.fromData(
                        TypeInformation.of(StatsEvent.class),
                        StatsEvent.message("s", "twitch", "c", "x", "general", 0));
        DataStream<StatsRow> rows = StatsWindows.of(in, size, lateness, perChannel, "stats-test");
        @SuppressWarnings("unchecked")
        OneInputTransformation<StatsEvent, StatsRow> t =
                (OneInputTransformation<StatsEvent, StatsRow>) rows.getTransformation();
        KeyedOneInputStreamOperatorTestHarness<String, StatsEvent, StatsRow> h =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        t.getOperatorFactory(),
                        perChannel ? new StatsWindows.ByChannel() : new StatsWindows.ByStream(),
                        Types.STRING);
        h.open();
        return h;
    }

    private static void add(
            KeyedOneInputStreamOperatorTestHarness<String, StatsEvent, StatsRow> h, StatsEvent e)
            throws Exception {
        h.processElement(new StreamRecord<>(e, e.atMillis));
    }

    private static List<StatsRow> rows(
            KeyedOneInputStreamOperatorTestHarness<String, StatsEvent, StatsRow> h) {
        List<StatsRow> out = new ArrayList<>(h.extractOutputValues());
        h.getOutput().clear();
        out.sort(Comparator.comparing((StatsRow r) -> r.platform + r.channel));
        return out;
    }

    @Test
    void aChannelWindowFiresWhenTheWatermarkPassesItsEnd() throws Exception {
        try (var h = windows(true, Duration.ofMinutes(1), Duration.ofMinutes(1))) {
            add(h, StatsEvent.message("s", "twitch", "a", "twitch:ann", "question", 1_000));
            add(h, StatsEvent.message("s", "twitch", "a", "twitch:ann", "greeting", 2_000));
            add(h, StatsEvent.message("s", "twitch", "a", "twitch:bob", "question", 59_999));
            add(h, StatsEvent.upvote("s", "twitch", "a", "viewer:v", 30_000));
            add(h, StatsEvent.message("s", "kick", "b", "kick:cat", "general", 5_000));
            add(h, StatsEvent.message("s", "twitch", "a", "twitch:dan", "general", 60_000));

            h.processWatermark(new Watermark(59_998));
            assertThat(rows(h)).isEmpty();

            h.processWatermark(new Watermark(59_999));
            List<StatsRow> rows = rows(h);
            assertThat(rows).hasSize(2);
            StatsRow kick = rows.get(0);
            StatsRow twitch = rows.get(1);
            assertThat(kick.channel).isEqualTo("b");
            assertThat(kick.messages).isEqualTo(1);
            assertThat(twitch.platform).isEqualTo("twitch");
            assertThat(twitch.windowStart).isZero();
            assertThat(twitch.windowEnd).isEqualTo(60_000);
            assertThat(twitch.messages).isEqualTo(3);
            assertThat(twitch.questions).isEqualTo(2);
            assertThat(twitch.uniqueChatters).isEqualTo(2);
            assertThat(twitch.upvotes).isEqualTo(1);
            assertThat(twitch.categoriesJson).isEqualTo("{\"greeting\":1,\"question\":2}");
        }
    }

    @Test
    void lateEventsWithinTheLatenessFireTheWindowAgainWithAbsoluteCountsAndLaterOnesAreDropped()
            throws Exception {
        try (var h = windows(true, Duration.ofSeconds(10), Duration.ofSeconds(30))) {
            add(h, StatsEvent.message("s", "twitch", "a", "twitch:ann", "general", 1_000));
            h.processWatermark(new Watermark(20_000));
            assertThat(rows(h)).extracting(r -> r.messages).containsExactly(1);

            add(h, StatsEvent.message("s", "twitch", "a", "twitch:bob", "general", 2_000));
            assertThat(rows(h))
                    .extracting(r -> r.messages, r -> r.uniqueChatters)
                    .containsExactly(tuple(2, 2));

            h.processWatermark(new Watermark(40_000)); // past end + lateness: the window is gone
            add(h, StatsEvent.message("s", "twitch", "a", "twitch:cat", "general", 3_000));
            assertThat(rows(h)).isEmpty();
        }
    }

    @Test
    void aStreamWindowCountsEveryChannelAndChattersOnce() throws Exception {
        try (var h = windows(false, Duration.ofSeconds(10), Duration.ZERO)) {
            StatsEvent partial =
                    StatsEvent.message("s", "twitch", "a", "twitch:ann", "question", 100);
            partial.add(StatsEvent.message("s", "twitch", "a", "twitch:bob", "general", 200));
            partial.add(StatsEvent.message("s", "twitch", "a", "twitch:ann", "general", 300));
            add(h, partial);
            add(h, StatsEvent.message("s", "kick", "b", "kick:ann", "general", 400));
            add(h, StatsEvent.message("s", "youtube", "c", "twitch:bob", "general", 500));
            add(h, StatsEvent.message("other", "kick", "b", "kick:zed", "general", 600));

            h.processWatermark(new Watermark(9_999));

            List<StatsRow> rows = rows(h);
            assertThat(rows).hasSize(2);
            StatsRow s = rows.stream().filter(r -> r.stream.equals("s")).findFirst().orElseThrow();
            assertThat(s.platform).isEqualTo(StatsRow.ALL);
            assertThat(s.channel).isEqualTo(StatsRow.ALL);
            assertThat(s.messages).isEqualTo(5);
            assertThat(s.questions).isEqualTo(1);
            assertThat(s.uniqueChatters).isEqualTo(3);
        }
    }
}
