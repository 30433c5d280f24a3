package io.mellchat.connectors.twitch.reader;

import static io.mellchat.connectors.twitch.fake.FakeTwitchServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.twitch.TwitchSourceOptions;
import io.mellchat.connectors.twitch.client.SkipReasons;
import io.mellchat.connectors.twitch.client.TwitchClientConfig;
import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsRemoval;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwitchSplitReaderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeTwitchServer server;
    private TwitchSplitReader reader;
    private SourceMetrics metrics;
    private final List<ChatEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        server = FakeTwitchServer.start();
        metrics = new SourceMetrics(new UnregisteredMetricsGroup(), Platform.TWITCH);
        TwitchSourceOptions options =
                TwitchSourceOptions.defaults()
                        .withClient(
                                TwitchClientConfig.builder()
                                        .url(server.ircUrl())
                                        .backoff(Duration.ofMillis(20), Duration.ofMillis(100))
                                        .build());
        reader = new TwitchSplitReader(options, metrics, "test");
    }

    @AfterEach
    void tearDown() throws Exception {
        reader.close();
        server.close();
    }

    private static ChannelSplit split(String login) {
        return ChannelSplit.of(ChannelSpec.parse("twitch:" + login, "show"));
    }

    /** Fetches until an event matches (the reader's fetch blocks at most 500 ms). */
    private void fetchUntil(Predicate<List<ChatEvent>> done, String what) {
        await(
                () -> {
                    try {
                        RecordsWithSplitIds<ChannelRecord> batch = reader.fetch();
                        while (batch.nextSplit() != null) {
                            ChannelRecord r;
                            while ((r = batch.nextRecordFromSplit()) != null) {
                                r.event().ifPresent(events::add);
                            }
                        }
                        batch.recycle();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    return done.test(events);
                },
                WAIT,
                what);
    }

    private List<ChatMessage> messages() {
        return events.stream()
                .filter(e -> e instanceof ChatMessage)
                .map(e -> (ChatMessage) e)
                .toList();
    }

    private boolean live(String channel) {
        return events.stream()
                .anyMatch(
                        e ->
                                e instanceof ChannelStatusChanged
                                        && e.channel().equals(channel)
                                        && ((ChannelStatusChanged) e).status()
                                                == ChannelStatus.LIVE);
    }

    @Test
    void emitsStatusesAndEventsAndDropsDuplicatesAndSharedChatCopies() {
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(split("alpha"), split("beta"))));
        fetchUntil(e -> live("alpha") && live("beta"), "both channels live");
        ChannelStatusChanged first = (ChannelStatusChanged) events.get(0);
        assertThat(first.status()).isEqualTo(ChannelStatus.CONNECTING);
        assertThat(first.stream()).isEqualTo("show");

        server.send("alpha", TwitchLines.privmsg("alpha", "viewer", "orig-1", 1000, "hello"));
        server.resend("alpha", 1); // Twitch delivers it twice
        server.send(
                "beta",
                "@id=copy-1;source-id=orig-1;source-room-id=1;room-id=2;tmi-sent-ts=1000"
                        + " :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #beta :hello");
        server.send("beta", TwitchLines.privmsg("beta", "other", "own-1", 1001, "beta's own"));
        server.send("beta", TwitchLines.CLEARMSG.replace("#bar", "#beta"));
        fetchUntil(e -> e.stream().anyMatch(x -> x instanceof MessageDeleted), "the deletion");

        assertThat(messages())
                .extracting(ChatMessage::platformMessageId)
                .containsExactly("orig-1", "own-1");
        assertThat(messages().get(0).channel()).isEqualTo("alpha");
        assertThat(messages().get(1).stream()).isEqualTo("show");
        assertThat(metrics.skippedCount(SkipReasons.DUPLICATE)).isEqualTo(1);
        assertThat(metrics.skippedCount(SkipReasons.SHARED_CHAT_DUPLICATE)).isEqualTo(1);
    }

    @Test
    void countsBadLinesAndKeepsReading() {
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(split("alpha"))));
        fetchUntil(e -> live("alpha"), "live");
        server.send("alpha", "@login=x :tmi.twitch.tv CLEARMSG #alpha :no target");
        server.send("alpha", ":tmi.twitch.tv HOSTTARGET #alpha :someone 3");
        server.send("alpha", "@only=tags");
        server.send("alpha", TwitchLines.privmsg("alpha", "viewer", "fine"));
        fetchUntil(e -> !messages().isEmpty(), "the good line");
        assertThat(metrics.skippedCount(SkipReasons.INCOMPLETE_EVENT)).isEqualTo(1);
        assertThat(metrics.skippedCount(SkipReasons.UNHANDLED_COMMAND)).isEqualTo(1);
        assertThat(metrics.skippedCount(SkipReasons.MALFORMED_LINE)).isEqualTo(1);
    }

    @Test
    void partsARemovedChannel() {
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(split("alpha"), split("beta"))));
        fetchUntil(e -> live("alpha") && live("beta"), "both live");
        reader.handleSplitsChanges(new SplitsRemoval<>(List.of(split("beta"))));
        await(() -> !server.isJoined("beta"), WAIT, "beta parted");
        assertThat(server.isJoined("alpha")).isTrue();
    }
}
