package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.MessageVotes;
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

    private static KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVotes>
            harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new MessageVoteCounter(10, Duration.ofHours(1))),
                a -> a.targetId().toString(),
                Types.STRING);
    }

    @Test
    void countsOneVotePerVoterWithATrendingWindow() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVotes> h =
                harness()) {
            h.open();
            h.processWatermark(T0.toEpochMilli());
            for (UserAction a : List.of(vote("v1", 1), vote("v1", 2), vote("v2", 3))) {
                h.processElement(new StreamRecord<>(a, a.timestamp().toEpochMilli()));
            }
            List<MessageVotes> out = h.extractOutputValues();
            assertThat(out).hasSize(2);
            assertThat(out.get(1).upvotes).isEqualTo(2);
            assertThat(out.get(1).trending).isEqualTo(2);
            assertThat(out.get(1).platform).isEqualTo("kick");
            h.processWatermark(T0.plusSeconds(11 * 60).toEpochMilli());
            List<MessageVotes> after = h.extractOutputValues();
            assertThat(after.get(after.size() - 1).trending).isZero();
            assertThat(after.get(after.size() - 1).upvotes).isEqualTo(2);
            assertThat(h.getSideOutput(MessageVoteCounter.FRAMES)).isNotEmpty();
        }
    }

    @Test
    void theTotalIsWrittenAgainAfterTheLastVoteInCaseItRacedItsMessagesRow() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, UserAction, MessageVotes> h =
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
            List<MessageVotes> out = h.extractOutputValues();
            assertThat(out).hasSize(3);
            assertThat(out.get(2).upvotes).isEqualTo(2);
            assertThat(out.get(2).messageId).isEqualTo(message.toString());
            assertThat(h.getSideOutput(MessageVoteCounter.FRAMES)).hasSize(frames);
            h.setProcessingTime(1_000 + 3 * MessageVoteCounter.REWRITE_DELAY.toMillis());
            assertThat(h.extractOutputValues()).hasSize(3);
        }
    }
}
