package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    private static ChatMessage msg(String channel, String id, Map<String, String> meta) {
        return ChatMessage.builder()
                .platform(Platform.TWITCH)
                .channel(channel)
                .platformMessageId(id)
                .username("u")
                .message("m")
                .timestamp(Instant.EPOCH)
                .meta(meta)
                .build();
    }

    @Test
    void dropsAMessageDeliveredTwice() {
        DuplicateFilter f = new DuplicateFilter(100);
        assertThat(f.check(msg("a", "1", Map.of()))).isEmpty();
        assertThat(f.check(msg("a", "1", Map.of()))).hasValue(SkipReasons.DUPLICATE);
        assertThat(f.check(msg("a", "2", Map.of()))).isEmpty();
    }

    @Test
    void dropsSharedChatCopiesOfTheSameSourceMessage() {
        DuplicateFilter f = new DuplicateFilter(100);
        assertThat(f.check(msg("a", "orig", Map.of("source_id", "orig")))).isEmpty();
        assertThat(f.check(msg("b", "copy-b", Map.of("source_id", "orig"))))
                .hasValue(SkipReasons.SHARED_CHAT_DUPLICATE);
        assertThat(f.check(msg("a", "orig", Map.of("source_id", "orig"))))
                .hasValue(SkipReasons.DUPLICATE);
    }

    @Test
    void letsOtherEventsThroughAndForgetsTheOldestKeys() {
        DuplicateFilter f = new DuplicateFilter(2);
        ChatCleared clear = new ChatCleared(Platform.TWITCH, "a", "", Instant.EPOCH);
        assertThat(f.check(clear)).isEmpty();
        assertThat(f.check(clear)).isEmpty();
        f.check(msg("a", "1", Map.of()));
        f.check(msg("a", "2", Map.of()));
        f.check(msg("a", "3", Map.of()));
        assertThat(f.check(msg("a", "1", Map.of()))).isEmpty(); // forgotten
        assertThat(f.check(msg("a", "3", Map.of()))).isPresent();
    }
}
