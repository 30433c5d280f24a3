package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.MessageVoteWrite;
import io.mellchat.model.UserAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class MessageVoteCounterTest {
    static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private final UUID message = UUID.randomUUID();

    private UserAction vote(String actor, long atSeconds) {
        return new UserAction(
                "a-" + actor + atSeconds,
                UserAction.Type.UPVOTE,
                UserAction.Target.MESSAGE,
                message,
                actor,
                "viewer",
                T0.plusSeconds(atSeconds),
                "show",
                "kick",
                "chan");
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVoteWrite>
            harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new MessageVoteCounter(10, Duration.ofHours(1))),
                a -> a.targetId().toString(),
                Types.STRING);
    }

    @Test
    void countsOneVotePerVoterWithATrendingWindow() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVoteWrite> h =
                harness()) {
            h.open();
            h.processWatermark(T0.toEpochMilli());
            for (UserAction a : List.of(vote("v1", 1), vote("v1", 2), vote("v2", 3))) {
                h.processElement(new StreamRecord<>(a, a.timestamp().toEpochMilli()));
            }
            // each accepted vote is stored, with its row; the second vote of v1 is not
            List<MessageVoteWrite> out = h.extractOutputValues();
            assertThat(out).extracting(w -> w.vote.voter).containsExactly("v1", "v2");
            assertThat(out.get(1).vote.platform).isEqualTo("kick");
            assertThat(out.get(1).messageId).isEqualTo(message.toString());
            List<String> frames = frames(h);
            assertThat(frames.get(frames.size() - 1))
                    .contains("\"upvotes\":2")
                    .contains("\"trending\":2");
            // the trending count decays in the frames; the stored total does not change
            h.processWatermark(T0.plusSeconds(11 * 60).toEpochMilli());
            assertThat(h.extractOutputValues()).hasSize(2);
            frames = frames(h);
            assertThat(frames.get(frames.size() - 1))
                    .contains("\"upvotes\":2")
                    .contains("\"trending\":0");
        }
    }

    @Test
    void theTotalIsWrittenAgainAfterTheLastVoteInCaseItRacedItsMessagesRow() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVoteWrite> h =
                harness()) {
            h.open();
            h.setProcessingTime(1_000);
            h.processWatermark(T0.toEpochMilli());
            for (UserAction a : List.of(vote("v1", 1), vote("v2", 2))) {
                h.processElement(new StreamRecord<>(a, a.timestamp().toEpochMilli()));
            }
            int frames = h.getSideOutput(MessageVoteCounter.FRAMES).size();
            assertThat(h.extractOutputValues()).hasSize(2);
            h.setProcessingTime(1_000 + MessageVoteCounter.REWRITE_DELAY.toMillis());
            List<MessageVoteWrite> out = h.extractOutputValues();
            assertThat(out).hasSize(3);
            assertThat(out.get(2).vote).isNull();
            assertThat(out.get(2).messageId).isEqualTo(message.toString());
            assertThat(h.getSideOutput(MessageVoteCounter.FRAMES)).hasSize(frames);
            h.setProcessingTime(1_000 + 3 * MessageVoteCounter.REWRITE_DELAY.toMillis());
            assertThat(h.extractOutputValues()).hasSize(3);
        }
    }

    private static List<String> frames(
            KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVoteWrite> h) {
        return h.getSideOutput(MessageVoteCounter.FRAMES).stream()
                .map(r -> r.getValue().json)
                .toList();
    }
}
