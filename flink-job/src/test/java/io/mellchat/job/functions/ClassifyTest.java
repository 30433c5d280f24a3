package io.mellchat.job.functions;

import static io.mellchat.job.Events.msg;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageKind;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.junit.jupiter.api.Test;

class ClassifyTest {
    @Test
    void chatLinesGetTheClassifiersCategoryAndNoticesAreGeneral() throws Exception {
        Classify classify = new Classify();
        classify.open(DefaultOpenContext.INSTANCE);
        ChatMessage q = (ChatMessage) classify.map(msg("a", "ann", "what mouse do you use?", 0));
        assertThat(q.category()).isEqualTo("question");
        assertThat(q.confidence()).isBetween(0.5, 1.0);
        ChatMessage cmd = (ChatMessage) classify.map(msg("b", "ann", "!uptime", 0));
        assertThat(cmd.category()).isEqualTo("command");
        ChatMessage sub =
                (ChatMessage)
                        classify.map(
                                msg("c", "ann", "what a sub!", 0).toBuilder()
                                        .kind(MessageKind.SUBSCRIPTION)
                                        .build());
        assertThat(sub.category()).isEqualTo("general");
    }
}
