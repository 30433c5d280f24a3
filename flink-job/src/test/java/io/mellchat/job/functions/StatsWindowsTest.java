package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.StatsAccumulator;
import io.mellchat.job.records.StatsAccumulatorSerializer;
import io.mellchat.job.records.StatsEvent;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
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
}
