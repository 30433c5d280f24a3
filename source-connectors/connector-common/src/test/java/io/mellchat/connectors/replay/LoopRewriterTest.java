package io.mellchat.connectors.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoopRewriterTest {
    private static final Instant AT = Instant.parse("2026-12-07T17:00:00Z");

    private static ChatMessage recorded() {
        return ChatMessage.builder()
                .platform(Platform.KICK)
                .channel("replay-kick")
                .platformMessageId("m-7")
                .replyTo("m-3")
                .username("ann")
                .message("+1")
                .timestamp(Instant.parse("2020-01-01T00:00:00Z"))
                .build();
    }

    @Test
    void aRecordedIdThatDoesNotMatchThePlatformIdentityIsReplacedByIt() {
        // moderation finds a message by the id of its platform identity: a recording must not
        // bring in another one
        ChatMessage odd =
                recorded().toBuilder()
                        .id(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"))
                        .build();
        ChatMessage m = (ChatMessage) LoopRewriter.rewrite(odd, 0, AT);
        assertThat(m.id()).isEqualTo(ChatMessage.idFor(Platform.KICK, "replay-kick", "m-7"));
    }

    @Test
    void theFirstLoopKeepsTheIdsAndTakesTheReplayTime() {
        ChatMessage m = (ChatMessage) LoopRewriter.rewrite(recorded(), 0, AT);
        assertThat(m.platformMessageId()).isEqualTo("m-7");
        assertThat(m.replyTo()).isEqualTo("m-3");
        assertThat(m.id()).isEqualTo(ChatMessage.idFor(Platform.KICK, "replay-kick", "m-7"));
        assertThat(m.timestamp()).isEqualTo(AT);
        assertThat(m.receivedAt()).isEqualTo(AT);
    }

    @Test
    void laterLoopsStoreNewMessagesWhoseRepliesPointIntoTheSameLoop() {
        ChatMessage m = (ChatMessage) LoopRewriter.rewrite(recorded(), 2, AT);
        assertThat(m.platformMessageId()).isEqualTo("m-7~2");
        assertThat(m.replyTo()).isEqualTo("m-3~2");
        assertThat(m.id()).isEqualTo(ChatMessage.idFor(Platform.KICK, "replay-kick", "m-7~2"));
        assertThat(m.timestamp()).isEqualTo(AT);
    }
}
