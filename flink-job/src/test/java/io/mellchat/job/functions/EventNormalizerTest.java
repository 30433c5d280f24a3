package io.mellchat.job.functions;

import static io.mellchat.job.Events.msg;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.Badge;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventNormalizerTest {

    @Test
    void cleanEventsAreReturnedAsTheyAre() {
        ChatMessage m = msg("a", "ann", "hello 😀 Привет", 0);
        assertThat(EventNormalizer.normalize(m)).isSameAs(m);
    }

    @Test
    void nulAndLoneSurrogatesBecomeReplacementCharacters() {
        ChatMessage m =
                msg("a", "ann", "a\u0000b\uD800c\uDC00d😀", 0).toBuilder()
                        .badges(List.of(Badge.of("sub\u0000")))
                        .meta(Map.of("k\u0000", "v\u0000"))
                        .build();
        ChatMessage n = (ChatMessage) EventNormalizer.normalize(m);
        assertThat(n.message()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd😀");
        assertThat(n.badges().get(0).type()).isEqualTo("sub\uFFFD");
        assertThat(n.meta()).containsEntry("k\uFFFD", "v\uFFFD");
    }

    @Test
    void identifiersAreCutToTheirColumnsWithoutSplittingCharacters() {
        ChatMessage m =
                msg("a", "u".repeat(99) + "😀", "x", 0).toBuilder()
                        .displayName("d".repeat(500))
                        .platformMessageId("p".repeat(300))
                        .build();
        ChatMessage n = (ChatMessage) EventNormalizer.normalize(m);
        assertThat(n.username()).isEqualTo("u".repeat(99));
        assertThat(n.displayName()).hasSize(200);
        assertThat(n.platformMessageId()).hasSize(200);
        assertThat(n.id())
                .isEqualTo(ChatMessage.idFor(n.platform(), n.channel(), n.platformMessageId()));
    }

    @Test
    void emotesOutsideTheTextAreDropped() {
        ChatMessage m =
                msg("a", "ann", "Kappa", 0).toBuilder()
                        .emotes(
                                List.of(
                                        new Emote("25", "Kappa", 0, 5, ""),
                                        new Emote("1", "x", 3, 9, "")))
                        .build();
        assertThat(((ChatMessage) EventNormalizer.normalize(m)).emotes()).hasSize(1);
    }
}
