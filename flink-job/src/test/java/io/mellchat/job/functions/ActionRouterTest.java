package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.QuestionEvent;
import io.mellchat.model.UserAction;
import java.time.Instant;
import java.util.UUID;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ActionRouterTest {
    private static UserAction action(
            UserAction.Type type, UserAction.Target target, String stream) {
        return new UserAction(
                UUID.randomUUID().toString(),
                type,
                target,
                UUID.randomUUID(),
                "moderator:m",
                "moderator",
                Instant.now(),
                stream,
                "twitch",
                "chan");
    }

    @Test
    void routesEachActionToTheStateThatOwnsItsTarget() throws Exception {
        try (OneInputStreamOperatorTestHarness<UserAction, QuestionEvent> h =
                new OneInputStreamOperatorTestHarness<>(
                        new ProcessOperator<>(new ActionRouter()))) {
            h.open();
            h.processElement(
                    new StreamRecord<>(
                            action(UserAction.Type.UPVOTE, UserAction.Target.QUESTION, "s")));
            h.processElement(
                    new StreamRecord<>(
                            action(UserAction.Type.ANSWER, UserAction.Target.QUESTION, "s")));
            h.processElement(
                    new StreamRecord<>(
                            action(UserAction.Type.UPVOTE, UserAction.Target.MESSAGE, "s")));
            UserAction hide = action(UserAction.Type.HIDE, UserAction.Target.MESSAGE, "s");
            h.processElement(new StreamRecord<>(hide));
            h.processElement(
                    new StreamRecord<>(
                            action(UserAction.Type.UPVOTE, UserAction.Target.QUESTION, "")));
            assertThat(h.extractOutputValues())
                    .extracting(e -> e.kind)
                    .containsExactly(
                            QuestionEvent.Kind.VOTE,
                            QuestionEvent.Kind.ANSWER,
                            QuestionEvent.Kind.REMOVED);
            assertThat(h.getSideOutput(ActionRouter.MESSAGE_VOTES)).hasSize(1);
            assertThat(h.getSideOutput(ActionRouter.HIDES).poll().getValue().messageId)
                    .isEqualTo(hide.targetId().toString());
            assertThat(h.getSideOutput(ActionRouter.FRAMES).poll().getValue().json)
                    .contains(hide.targetId().toString());
        }
    }
}
