package io.mellchat.connectors.youtube.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.youtube.client.ChatPageParser;
import io.mellchat.connectors.youtube.client.SkipCounter;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The benchmark's pages are what it says they are, so its figure means something. */
class YouTubeParseBenchmarkTest {
    private final ChatPageParser parser = new ChatPageParser(SkipCounter.NONE, 65_536);
    private final ChannelSpec spec = ChannelSpec.parse("youtube:dQw4w9WgXcQ", "default");

    @Test
    void bothPagesYieldAnEventPerItem() throws Exception {
        assertThat(parser.dataApiPage(YouTubeParseBenchmark.dataApiPage(), spec, Instant.EPOCH))
                .hasSize(YouTubeParseBenchmark.ITEMS);
        // the web fixtures include one placeholder (skipped) in every six actions
        assertThat(parser.webPage(YouTubeParseBenchmark.webPage(), spec, Instant.EPOCH))
                .hasSizeGreaterThan(YouTubeParseBenchmark.ITEMS * 4 / 5)
                .anySatisfy(i -> assertThat(((ChatMessage) i.event()).emotes()).isNotEmpty());
    }
}
