package io.mellchat.serving.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {
    @Test
    void routingFieldsComeFromTheChannelNameAndThePayload() {
        Frame f =
                Frame.parse(
                        "messages:twitch:foo",
                        "{\"type\":\"message\",\"stream\":\"show\",\"platform\":\"twitch\",\"channel\":\"foo\",\"data\":[{\"id\":\"1\"},{\"id\":\"2\"}]}");
        assertThat(f.type()).isEqualTo("message");
        assertThat(f.stream()).isEqualTo("show");
        assertThat(f.channelKey()).hasValue("twitch:foo");
        assertThat(f.data()).isEqualTo("[{\"id\":\"1\"},{\"id\":\"2\"}]");
        assertThat(f.items()).hasValue("{\"id\":\"1\"},{\"id\":\"2\"}");
    }

    @Test
    void streamStatsHaveNoChannel() {
        Frame f =
                Frame.parse(
                        "stats:stream:show",
                        "{\"type\":\"stats\",\"platform\":\"*\",\"channel\":\"*\",\"data\":{}}");
        assertThat(f.channelKey()).isEmpty();
        assertThat(f.stream()).isEqualTo("show");
    }

    @Test
    void invalidPayloadsAreRejected() {
        assertThatThrownBy(() -> Frame.parse("messages:twitch:foo", "not json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Frame.parse("messages:twitch:foo", "[1]"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Frame.parse("messages:twitch:foo", "{\"data\":[]}"))
                .hasMessageContaining("type");
    }

    @Test
    void batcherMergesRunsOfMessageFramesOnly() {
        Frame m1 =
                Frame.parse(
                        "messages:twitch:a",
                        "{\"type\":\"message\",\"stream\":\"s\",\"data\":[{\"id\":\"1\"}]}");
        Frame m2 =
                Frame.parse(
                        "messages:twitch:a",
                        "{\"type\":\"message\",\"stream\":\"s\",\"data\":[{\"id\":\"2\"},{\"id\":\"3\"}]}");
        Frame del =
                Frame.parse(
                        "moderation:twitch:a",
                        "{\"type\":\"deleted\",\"stream\":\"s\",\"data\":{\"message_ids\":[\"1\"]}}");
        Frame m3 =
                Frame.parse(
                        "messages:kick:b",
                        "{\"type\":\"message\",\"stream\":\"s\",\"data\":[{\"id\":\"4\"}]}");
        List<String> out = Batcher.texts(List.of(m1, m2, del, m3));
        assertThat(out).hasSize(3);
        assertThat(out.get(0))
                .isEqualTo(
                        "{\"type\":\"message\",\"stream\":\"s\",\"platform\":\"twitch\",\"channel\":\"a\",\"data\":[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]}");
        assertThat(out.get(1)).isEqualTo(del.text());
        assertThat(out.get(2)).isEqualTo(m3.text());
    }
}
