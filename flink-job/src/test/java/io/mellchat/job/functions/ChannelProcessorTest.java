package io.mellchat.job.functions;

import static io.mellchat.job.Events.banned;
import static io.mellchat.job.Events.cleared;
import static io.mellchat.job.Events.deleted;
import static io.mellchat.job.Events.msg;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.ChatJob;
import io.mellchat.job.records.ChannelCounters;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChannelProcessorTest {
    private KeyedOneInputStreamOperatorTestHarness<String, ChatEvent, MessageWrite> harness;

    private KeyedOneInputStreamOperatorTestHarness<String, ChatEvent, MessageWrite> newHarness()
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ChannelProcessor(Duration.ofHours(1))),
                new ChatJob.ChannelKey(),
                Types.STRING);
    }

    @BeforeEach
    void open() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void feed(ChatEvent... events) throws Exception {
        for (ChatEvent e : events) {
            harness.processElement(new StreamRecord<>(e, e.timestamp().toEpochMilli()));
        }
    }

    private List<MessageWrite> writes() {
        return harness.extractOutputValues();
    }

    private List<String> frameTypes() {
        return harness.getSideOutput(ChannelProcessor.FRAMES).stream()
                .map(r -> r.getValue().type)
                .collect(Collectors.toList());
    }

    @Test
    void dropsAMessageDeliveredTwice() throws Exception {
        feed(msg("a", "ann", "hi", 0), msg("a", "ann", "hi", 0), msg("b", "bob", "yo", 1));
        assertThat(writes())
                .extracting(w -> w.message.platformMessageId())
                .containsExactly("a", "b");
        assertThat(frameTypes()).containsExactly("message", "message");
    }

    @Test
    void dedupeSurvivesARestoreFromASnapshot() throws Exception {
        feed(msg("a", "ann", "hi", 0));
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        feed(msg("a", "ann", "hi", 0), msg("b", "bob", "yo", 1));
        assertThat(writes()).extracting(w -> w.message.platformMessageId()).containsExactly("b");
    }

    @Test
    void remembersMessageIdsForTheDedupeTtlOnlyAndSweepsThem() throws Exception {
        feed(msg("a", "ann", "hi", 0));
        // an hour later (the TTL here) and a sweep: "a" is forgotten, so state stays bounded
        harness.setProcessingTime(harness.getProcessingTime() + Duration.ofMinutes(61).toMillis());
        assertThat(harness.numKeyedStateEntries()).isGreaterThan(0);
        feed(msg("a", "ann", "hi again", 0));
        assertThat(writes()).extracting(w -> w.message.message()).containsExactly("hi", "hi again");
    }

    @Test
    void deletionFlagsAStoredMessage() throws Exception {
        feed(msg("a", "ann", "spam", 0), deleted("a", 1));
        assertThat(writes()).hasSize(2);
        MessageWrite deletion = writes().get(1);
        assertThat(deletion.deletionOnly).isTrue();
        assertThat(deletion.message.id()).isEqualTo(writes().get(0).message.id());
        assertThat(frameTypes()).containsExactly("message", "deleted");
        assertThat(harness.getSideOutput(ChannelProcessor.RANGE_DELETIONS)).isNull();
    }

    @Test
    void deletionBeforeTheMessageStoresItDeletedAndUnpublished() throws Exception {
        feed(deleted("a", 0), msg("a", "ann", "spam", 0));
        assertThat(writes())
                .singleElement()
                .satisfies(
                        w -> {
                            assertThat(w.deletionOnly).isFalse();
                            assertThat(w.message.deleted()).isTrue();
                        });
        assertThat(frameTypes()).containsExactly("deleted");
        assertThat(harness.getSideOutput(ChannelProcessor.RANGE_DELETIONS))
                .extracting(StreamRecord::getValue)
                .containsExactly(RangeDeletion.ofMessage("twitch", "chan", "a"));
    }

    @Test
    void banHidesTheUsersRecentMessagesAndOlderOnesByRange() throws Exception {
        feed(
                msg("a", "troll", "x", 0),
                msg("b", "ann", "hi", 1),
                msg("c", "troll", "y", 2),
                banned("troll", 3));
        List<MessageWrite> deletions = writes().stream().filter(w -> w.deletionOnly).toList();
        assertThat(deletions)
                .extracting(w -> w.message.platformMessageId())
                .containsExactly("a", "c");
        RangeDeletion range =
                harness.getSideOutput(ChannelProcessor.RANGE_DELETIONS).poll().getValue();
        assertThat(range.userId).isEqualTo("uid-troll");
        assertThat(range.untilEpochMillis)
                .isEqualTo(msg("z", "u", "", 3).timestamp().toEpochMilli());
        FrameItem frame =
                harness.getSideOutput(ChannelProcessor.FRAMES).stream()
                        .map(StreamRecord::getValue)
                        .filter(f -> f.type.equals("deleted"))
                        .findFirst()
                        .orElseThrow();
        assertThat(frame.json)
                .contains(
                        ChatMessage.idFor(msg("a", "t", "", 0).platform(), "chan", "a").toString())
                .contains("\"user_id\":\"uid-troll\"");
    }

    @Test
    void clearHidesEverythingEarlier() throws Exception {
        feed(msg("a", "ann", "x", 0), msg("b", "bob", "y", 1), cleared(2), msg("c", "cat", "z", 3));
        assertThat(writes().stream().filter(w -> w.deletionOnly))
                .extracting(w -> w.message.platformMessageId())
                .containsExactly("a", "b");
        assertThat(writes().get(writes().size() - 1).message.platformMessageId()).isEqualTo("c");
        assertThat(frameTypes()).containsExactly("message", "message", "deleted", "message");
    }

    @Test
    void countsMessagesAndReportsThemPeriodically() throws Exception {
        feed(msg("a", "ann", "x", 0), msg("b", "bob", "y", 7), msg("b", "bob", "y", 7));
        assertThat(harness.getSideOutput(ChannelProcessor.COUNTERS)).isNull();
        harness.setProcessingTime(harness.getProcessingTime() + 2_000);
        ChannelCounters c = harness.getSideOutput(ChannelProcessor.COUNTERS).poll().getValue();
        assertThat(c.messagesTotal).isEqualTo(2);
        assertThat(c.lastMessageAtMillis)
                .isEqualTo(msg("b", "bob", "y", 7).timestamp().toEpochMilli());
    }

    @Test
    void countersKeepBeingReportedWhenTheirTimerFallsOnTheSweep() throws Exception {
        long t0 = harness.getProcessingTime();
        feed(msg("a", "ann", "x", 0)); // counter timer at t0 + 2 s, sweep at t0 + 5 min
        harness.setProcessingTime(t0 + 2_000);
        harness.getSideOutput(ChannelProcessor.COUNTERS).clear();
        long sweep = t0 + ChannelProcessor.SWEEP_INTERVAL.toMillis();
        harness.setProcessingTime(sweep - 2_000);
        feed(msg("b", "bob", "y", 1)); // its counter timer is the sweep's millisecond: one timer
        harness.setProcessingTime(sweep);
        assertThat(harness.getSideOutput(ChannelProcessor.COUNTERS).poll().getValue().messagesTotal)
                .isEqualTo(2);
        feed(msg("c", "cat", "z", 2));
        harness.setProcessingTime(sweep + 2_000);
        assertThat(harness.getSideOutput(ChannelProcessor.COUNTERS))
                .as("counters after the shared timer")
                .isNotEmpty();
        assertThat(harness.getSideOutput(ChannelProcessor.COUNTERS).poll().getValue().messagesTotal)
                .isEqualTo(3);
    }

    @Test
    void aCounterTimeLeftInAnOlderCheckpointDoesNotStopTheFlushes() throws Exception {
        ChatMessage m = msg("a", "ann", "x", 0);
        feed(m);
        harness.setProcessingTime(harness.getProcessingTime() + 2_000);
        harness.getSideOutput(ChannelProcessor.COUNTERS).clear();
        // as restored from a checkpoint of the version whose sweep left the time set, no timer
        var backend = harness.getOperator().<String>getKeyedStateBackend();
        backend.setCurrentKey(new ChatJob.ChannelKey().getKey(m));
        backend.getPartitionedState(
                        VoidNamespace.INSTANCE,
                        VoidNamespaceSerializer.INSTANCE,
                        new ValueStateDescriptor<>("counter-timer", Types.LONG))
                .update(harness.getProcessingTime() - 1);
        feed(msg("b", "bob", "y", 1));
        harness.setProcessingTime(harness.getProcessingTime() + 2_000);
        assertThat(harness.getSideOutput(ChannelProcessor.COUNTERS).poll().getValue().messagesTotal)
                .isEqualTo(2);
    }

    @Test
    void countersCarryTheChannelsStreamAndOriginFromItsStatus() throws Exception {
        ChatMessage m = msg("a", "ann", "x", 0);
        feed(
                new ChannelStatusChanged(
                        m.platform(),
                        m.channel(),
                        m.stream(),
                        ChannelStatus.LIVE,
                        "",
                        ChannelStatusChanged.ORIGIN_REPLAY,
                        Instant.EPOCH),
                m);
        harness.setProcessingTime(harness.getProcessingTime() + 2_000);
        ChannelCounters c = harness.getSideOutput(ChannelProcessor.COUNTERS).poll().getValue();
        assertThat(c.messagesTotal).isEqualTo(1);
        assertThat(c.origin).isEqualTo(ChannelStatusChanged.ORIGIN_REPLAY);
        assertThat(c.stream).isEqualTo(m.stream());
    }

    @Test
    void countersAreReportedWhenTheWatermarkPassesForBoundedInputs() throws Exception {
        feed(msg("a", "ann", "x", 0));
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(harness.getSideOutput(ChannelProcessor.COUNTERS).poll().getValue().messagesTotal)
                .isEqualTo(1);
    }

    @Test
    void questionsGoToTheQueueAndPlusOneRepliesBecomeVotes() throws Exception {
        ChatMessage q = msg("q", "ann", "what song is this?", 0).withCategory("question", 0.9);
        ChatMessage reply = msg("r", "bob", "+1", 1).toBuilder().replyTo("q").build();
        feed(q, reply, msg("x", "cat", "nice", 2).toBuilder().replyTo("q").build());
        List<io.mellchat.job.records.QuestionEvent> events =
                harness.getSideOutput(ChannelProcessor.QUESTION_EVENTS).stream()
                        .map(StreamRecord::getValue)
                        .toList();
        assertThat(events)
                .extracting(e -> e.kind)
                .containsExactly(
                        io.mellchat.job.records.QuestionEvent.Kind.ASKED,
                        io.mellchat.job.records.QuestionEvent.Kind.VOTE);
        assertThat(events.get(1).action.targetId()).isEqualTo(q.id());
        assertThat(events.get(1).action.actor()).isEqualTo("twitch:uid-bob");
        assertThat(events.get(1).action.stream()).isEqualTo("show");
        assertThat(harness.getSideOutput(ChannelProcessor.STATS)).hasSize(3);
    }

    @Test
    void aUsersRepeatedLinesBecomeSpam() throws Exception {
        feed(
                msg("1", "bot", "FREE SKINS click here", 0),
                msg("2", "bot", "free skins click here!!", 1),
                msg("3", "bot", "FREE SKINS click here", 2),
                msg("4", "ann", "FREE SKINS click here", 3));
        assertThat(writes())
                .extracting(w -> w.message.category())
                .containsExactly(null, null, "spam", null);
    }

    @Test
    void deletionsAndBansTellTheQuestionQueue() throws Exception {
        feed(msg("a", "troll", "x", 0), deleted("a", 1), banned("troll", 2));
        List<io.mellchat.job.records.QuestionEvent> removed =
                harness.getSideOutput(ChannelProcessor.QUESTION_EVENTS).stream()
                        .map(StreamRecord::getValue)
                        .toList();
        assertThat(removed).hasSize(2);
        assertThat(removed.get(1).userId).isEqualTo("uid-troll");
        assertThat(removed.get(1).channelKey).isEqualTo("twitch:chan");
    }

    @Test
    void statusesPassThroughAndBecomeChannelFrames() throws Exception {
        ChannelStatusChanged s =
                ChannelStatusChanged.of(
                        ChannelSpec.parse("twitch:chan", "show"),
                        ChannelStatus.RECONNECTING,
                        "socket closed",
                        Instant.now());
        feed(s);
        assertThat(harness.getSideOutput(ChannelProcessor.STATUSES))
                .extracting(StreamRecord::getValue)
                .containsExactly(s);
        assertThat(harness.getSideOutput(ChannelProcessor.FRAMES).poll().getValue().json)
                .contains("\"type\":\"channel\"")
                .contains("\"status\":\"reconnecting\"")
                .contains("\"status_detail\":\"socket closed\"");
    }
}
