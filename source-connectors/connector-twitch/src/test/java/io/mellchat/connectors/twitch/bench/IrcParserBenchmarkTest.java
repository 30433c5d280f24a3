package io.mellchat.connectors.twitch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.twitch.client.IrcMessage;
import io.mellchat.connectors.twitch.client.TwitchEventMapper;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's lines are what it says they are, so its figure means something. */
class IrcParserBenchmarkTest {

    @Test
    void everyLineIsAPrivmsgWithTagsThatMapsToADistinctMessage() {
        ChannelSpec spec = ChannelSpec.parse("twitch:pajlada", "default");
        List<ChatEvent> events = new ArrayList<>();
        List<String> lines = IrcParserBenchmark.lines();
        assertThat(lines).hasSize(IrcParserBenchmark.LINES);
        for (String line : lines) {
            IrcMessage m = IrcMessage.parse(line);
            assertThat(m.command()).isEqualTo("PRIVMSG");
            assertThat(m.tagCount()).isGreaterThan(10);
            new TwitchEventMapper()
                    .map(
                            spec,
                            m,
                            Instant.EPOCH,
                            new TwitchEventMapper.Output() {
                                @Override
                                public void event(ChatEvent event) {
                                    events.add(event);
                                }

                                @Override
                                public void skipped(String reason, String detail) {
                                    throw new AssertionError(reason + " " + detail);
                                }
                            });
        }
        assertThat(events)
                .hasSize(IrcParserBenchmark.LINES)
                .allMatch(e -> e instanceof ChatMessage)
                .extracting(e -> ((ChatMessage) e).id())
                .doesNotHaveDuplicates();
        assertThat(events).anySatisfy(e -> assertThat(((ChatMessage) e).emotes()).isNotEmpty());
    }
}
