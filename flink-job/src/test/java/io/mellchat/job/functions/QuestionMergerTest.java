package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.LateQuestionAction;
import io.mellchat.job.records.QuestionEvent;
import io.mellchat.job.records.QuestionState;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import io.mellchat.model.UserAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionMergerTest {
    static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private KeyedOneInputStreamOperatorTestHarness<String, QuestionEvent, QuestionState> harness;

    private KeyedOneInputStreamOperatorTestHarness<String, QuestionEvent, QuestionState>
            newHarness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new QuestionMerger(0.4, 10, Duration.ofHours(24))),
                e -> e.stream,
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

    static ChatMessage ask(Platform p, String pmid, String user, String text, long atSeconds) {
        return ChatMessage.builder().platform(p).channel("chan").stream("show")
                .platformMessageId(pmid)
                .userId("id-" + user)
                .username(user)
                .message(text)
                .timestamp(T0.plusSeconds(atSeconds))
                .category("question")
                .confidence(0.9)
                .build();
    }

    static UserAction vote(String actor, UUID target, UserAction.Target type, long atSeconds) {
        return new UserAction(
                "a-" + UUID.randomUUID(),
                UserAction.Type.UPVOTE,
                type,
                target,
                actor,
                "viewer",
                T0.plusSeconds(atSeconds),
                "show",
                "twitch",
                "chan");
    }

    static UserAction answer(UUID question, long atSeconds) {
        return new UserAction(
                "a1",
                UserAction.Type.ANSWER,
                UserAction.Target.QUESTION,
                question,
                "moderator:m",
                "moderator",
                T0.plusSeconds(atSeconds),
                "show",
                "twitch",
                "chan");
    }

    private void feed(QuestionEvent e) throws Exception {
        harness.processElement(new StreamRecord<>(e, e.atMillis));
    }

    private QuestionState last() {
        List<QuestionState> out = harness.extractOutputValues();
        return out.get(out.size() - 1);
    }

    private List<String> frameTypes() {
        return harness.getSideOutput(QuestionMerger.FRAMES).stream()
                .map(r -> r.getValue().type)
                .toList();
    }

    @Test
    void theSameQuestionOnAnotherPlatformIsMergedAsOneMoreAsk() throws Exception {
        ChatMessage first = ask(Platform.TWITCH, "1", "ann", "what song is this?", 0);
        feed(QuestionEvent.asked(first));
        feed(QuestionEvent.asked(ask(Platform.KICK, "2", "bob", "what song is this", 5)));
        QuestionState q = last();
        assertThat(harness.extractOutputValues()).extracting(s -> s.id).containsOnly(q.id);
        assertThat(q.asks).isEqualTo(2);
        assertThat(q.sources).containsExactly("twitch:chan", "kick:chan");
        assertThat(q.question).isEqualTo("what song is this?");
        assertThat(q.id).isEqualTo(QuestionMerger.questionIdFor(first.id().toString()));
    }

    @Test
    void differentQuestionsStaySeparateAndOneAskerCountsOnce() throws Exception {
        feed(QuestionEvent.asked(ask(Platform.TWITCH, "1", "ann", "what song is this?", 0)));
        feed(QuestionEvent.asked(ask(Platform.TWITCH, "2", "ann", "what song is this??", 1)));
        feed(
                QuestionEvent.asked(
                        ask(Platform.TWITCH, "3", "bob", "which graphics card do you use?", 2)));
        List<QuestionState> out = harness.extractOutputValues();
        assertThat(out.stream().map(s -> s.id).distinct()).hasSize(2);
        assertThat(out.get(1).asks).isEqualTo(1);
    }

    @Test
    void votesCountOncePerVoterAndChatRepliesVoteForTheQuestionOfTheirParent() throws Exception {
        ChatMessage m = ask(Platform.TWITCH, "1", "ann", "what song is this?", 0);
        feed(QuestionEvent.asked(m));
        ChatMessage dup = ask(Platform.KICK, "2", "bob", "what song is this", 1);
        feed(QuestionEvent.asked(dup));
        UUID qid = UUID.fromString(last().id);
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE,
                        vote("viewer:x", qid, UserAction.Target.QUESTION, 2)));
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE,
                        vote("viewer:x", qid, UserAction.Target.QUESTION, 3)));
        // "+1" replies to the original and to the merged duplicate
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE,
                        vote("twitch:9", m.id(), UserAction.Target.MESSAGE, 4)));
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE,
                        vote("kick:7", dup.id(), UserAction.Target.MESSAGE, 5)));
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE,
                        vote("kick:7", UUID.randomUUID(), UserAction.Target.MESSAGE, 6)));
        assertThat(last().upvotes).isEqualTo(3);
        assertThat(last().trending).isEqualTo(3);
        assertThat(harness.getSideOutput(QuestionMerger.VOTES)).hasSize(3);
        assertThat(frameTypes()).contains("upvotes");
    }

    @Test
    void trendingCountsTheLastMinutesOfEventTimeAndDecays() throws Exception {
        feed(QuestionEvent.asked(ask(Platform.TWITCH, "1", "ann", "what song is this?", 0)));
        UUID qid = UUID.fromString(last().id);
        harness.processWatermark(T0.toEpochMilli());
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v1", qid, UserAction.Target.QUESTION, 10)));
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v2", qid, UserAction.Target.QUESTION, 70)));
        assertThat(last().trending).isEqualTo(2);
        harness.processWatermark(T0.plusSeconds(10 * 60 + 5).toEpochMilli());
        assertThat(last().trending).isEqualTo(1);
        harness.processWatermark(T0.plusSeconds(11 * 60 + 5).toEpochMilli());
        assertThat(last().trending).isZero();
        assertThat(last().upvotes).isEqualTo(2);
        // a vote from before the window still counts in the total
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v3", qid, UserAction.Target.QUESTION, 30)));
        assertThat(last().upvotes).isEqualTo(3);
        assertThat(last().trending).isZero();
    }

    @Test
    void moderatorsAnswerAndReopen() throws Exception {
        feed(QuestionEvent.asked(ask(Platform.TWITCH, "1", "ann", "what song is this?", 0)));
        UUID qid = UUID.fromString(last().id);
        UserAction answer = answer(qid, 30);
        feed(QuestionEvent.action(QuestionEvent.Kind.ANSWER, answer));
        assertThat(last().answered).isTrue();
        assertThat(last().answeredAtMillis).isEqualTo(T0.plusSeconds(30).toEpochMilli());
        feed(QuestionEvent.action(QuestionEvent.Kind.ANSWER, answer));
        UserAction reopen =
                new UserAction(
                        "a2",
                        UserAction.Type.UNANSWER,
                        UserAction.Target.QUESTION,
                        qid,
                        "moderator:m",
                        "moderator",
                        T0.plusSeconds(40),
                        "show",
                        "twitch",
                        "chan");
        feed(QuestionEvent.action(QuestionEvent.Kind.UNANSWER, reopen));
        assertThat(last().answered).isFalse();
        assertThat(frameTypes()).containsExactly("question", "answered", "question");
        // an answered question takes no duplicates
    }

    @Test
    void deletedMessagesAndBannedUsersQuestionsLeaveTheQueue() throws Exception {
        ChatMessage a = ask(Platform.TWITCH, "1", "ann", "what song is this?", 0);
        feed(QuestionEvent.asked(a));
        feed(
                QuestionEvent.asked(
                        ask(Platform.TWITCH, "2", "troll", "why is your setup so bad?", 1)));
        feed(
                QuestionEvent.removed(
                        "show",
                        "twitch:chan",
                        new String[] {a.id().toString()},
                        "",
                        false,
                        T0.plusSeconds(2).toEpochMilli()));
        assertThat(last().deleted).isTrue();
        feed(
                QuestionEvent.removed(
                        "show",
                        "twitch:chan",
                        new String[0],
                        "id-troll",
                        false,
                        T0.plusSeconds(3).toEpochMilli()));
        assertThat(last().deleted).isTrue();
        assertThat(last().username).isEqualTo("troll");
        List<FrameItem> deleted =
                harness.getSideOutput(QuestionMerger.FRAMES).stream()
                        .map(StreamRecord::getValue)
                        .filter(f -> f.type.equals("deleted"))
                        .toList();
        assertThat(deleted).hasSize(2);
        assertThat(deleted.get(1).json).contains("question_ids").contains(last().id);
        // a new, similar question no longer merges into a deleted one
        feed(QuestionEvent.asked(ask(Platform.TWITCH, "3", "cat", "what song is this?", 4)));
        assertThat(last().asks).isEqualTo(1);
        assertThat(last().deleted).isFalse();
    }

    @Test
    void aBanReachesOpenQuestionsBeyondTheMergeIndex() throws Exception {
        ChatMessage early = ask(Platform.TWITCH, "early", "ann", "what song is this?", 0);
        feed(QuestionEvent.asked(early));
        // more open questions than the merge index keeps push ann's out of it
        for (int i = 0; i < QuestionMerger.MAX_OPEN + 5; i++) {
            String words =
                    UUID.nameUUIDFromBytes(("q" + i).getBytes()).toString().replace('-', ' ');
            feed(QuestionEvent.asked(ask(Platform.TWITCH, "p" + i, "user" + i, words + "?", 1)));
        }
        harness.getOutput().clear();
        feed(
                QuestionEvent.removed(
                        "show",
                        "twitch:chan",
                        new String[0],
                        "id-ann",
                        false,
                        T0.plusSeconds(2).toEpochMilli()));
        List<QuestionState> out = harness.extractOutputValues();
        assertThat(out)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.messageId).isEqualTo(early.id().toString());
                            assertThat(q.deleted).isTrue();
                        });
    }

    @Test
    void questionsUntouchedForTheTtlAreForgotten() throws Exception {
        ChatMessage m = ask(Platform.TWITCH, "1", "ann", "what song is this?", 0);
        feed(QuestionEvent.asked(m));
        harness.setProcessingTime(harness.getProcessingTime() + Duration.ofHours(25).toMillis());
        // forgotten: asking again starts a new question instead of merging
        feed(QuestionEvent.asked(ask(Platform.KICK, "2", "bob", "what song is this?", 1)));
        assertThat(last().asks).isEqualTo(1);
        assertThat(last().platform).isEqualTo("kick");
    }

    @Test
    void everyAskerCountsOnceAlsoPastTheAskersAQuestionCarries() throws Exception {
        for (int i = 0; i < QuestionState.MAX_ASKERS; i++) {
            feed(
                    QuestionEvent.asked(
                            ask(Platform.TWITCH, "p" + i, "user" + i, "when is the giveaway?", i)));
        }
        assertThat(last().asks).isEqualTo(QuestionState.MAX_ASKERS);
        for (int i = 0; i < 3; i++) {
            feed(
                    QuestionEvent.asked(
                            ask(
                                    Platform.KICK,
                                    "late" + i,
                                    "latecomer",
                                    "when is the giveaway?",
                                    100 + i)));
        }
        assertThat(last().asks).isEqualTo(QuestionState.MAX_ASKERS + 1);
        assertThat(last().askers).hasSize(QuestionState.MAX_ASKERS);
    }

    @Test
    void actionsOnAForgottenQuestionGoToItsStoredRow() throws Exception {
        ChatMessage m = ask(Platform.TWITCH, "1", "ann", "what song is this?", 0);
        feed(QuestionEvent.asked(m));
        UUID qid = UUID.fromString(last().id);
        harness.setProcessingTime(harness.getProcessingTime() + Duration.ofHours(25).toMillis());
        harness.getOutput().clear();

        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v1", qid, UserAction.Target.QUESTION, 5)));
        // a chat "+1" to the message that asked it
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE,
                        vote("twitch:u2", m.id(), UserAction.Target.MESSAGE, 6)));
        UserAction answer = answer(qid, 30);
        feed(QuestionEvent.action(QuestionEvent.Kind.ANSWER, answer));

        assertThat(harness.extractOutputValues()).isEmpty();
        List<LateQuestionAction> late =
                harness.getSideOutput(QuestionMerger.LATE_ACTIONS).stream()
                        .map(StreamRecord::getValue)
                        .toList();
        assertThat(late)
                .extracting(a -> a.action)
                .containsExactly(
                        LateQuestionAction.VOTE,
                        LateQuestionAction.VOTE,
                        LateQuestionAction.ANSWER);
        assertThat(late).extracting(a -> a.questionId).containsOnly(qid.toString());
        assertThat(late.get(0).vote.voter).isEqualTo("v1");
        assertThat(late.get(1).vote.voter).isEqualTo("twitch:u2");
        assertThat(late.get(2).vote).isNull();
        assertThat(late.get(2).atMillis).isEqualTo(T0.plusSeconds(30).toEpochMilli());
    }

    @Test
    void votesStayCountedOnceAcrossARestore() throws Exception {
        feed(QuestionEvent.asked(ask(Platform.TWITCH, "1", "ann", "what song is this?", 0)));
        UUID qid = UUID.fromString(last().id);
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v1", qid, UserAction.Target.QUESTION, 1)));
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v1", qid, UserAction.Target.QUESTION, 1)));
        assertThat(harness.extractOutputValues()).isEmpty();
        feed(
                QuestionEvent.action(
                        QuestionEvent.Kind.VOTE, vote("v2", qid, UserAction.Target.QUESTION, 2)));
        assertThat(last().upvotes).isEqualTo(2);
    }
}
