package io.mellchat.connectors.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.youtube.client.YouTubeClientConfig;
import io.mellchat.connectors.youtube.fake.FakeLiveVideo;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real source in a MiniCluster job against the fake YouTube, in both modes: the job fails twice
 * on purpose and restarts from its last checkpoint; every message arrives exactly once (the collect
 * sink of a checkpointed job only hands out committed results, so a lost or repeated message
 * shows), the polling interval is never violated (the fake fails the test otherwise), and a video
 * whose stream ended stays finished across a restart.
 */
class YouTubeSourceITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final String VIDEO = "itvideo0001";
    private static final String WITNESS = "itwitness01";

    @ParameterizedTest(name = "dataApi={0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void restartsFromCheckpointsWithoutLosingOrRepeatingMessagesAndFinishesEndedStreams(
            boolean dataApi) throws Exception {
        String run = UUID.randomUUID().toString();
        List<ChatEvent> seen = new ArrayList<>();
        try (FakeYouTubeServer yt = FakeYouTubeServer.start()) {
            FakeLiveVideo video = yt.liveVideo(VIDEO);
            FakeLiveVideo witness = yt.liveVideo(WITNESS);
            for (int i = 0; i < 3; i++) {
                video.text("UCa", "Alice", "m" + i);
            }
            try (CloseableIterator<ChatEvent> it = job(yt, dataApi)) {
                read(it, seen, s -> messages(s, VIDEO).size() == 3);

                video.text("UCb", "Bob", "m3");
                video.text("UCb", "Bob", "m4");
                video.text("UCb", "Bob", "boom-" + run + "-1");
                video.text("UCb", "Bob", "m6");
                String last = video.text("UCb", "Bob", "m7");
                read(it, seen, s -> messages(s, VIDEO).contains(last));
                assertThat(FailOnce.FAILED).contains("boom-" + run + "-1");

                video.text("UCc", "Carol", "m8");
                video.end();
                read(it, seen, s -> offline(s, VIDEO) == 1);

                witness.text("UCd", "Dave", "boom-" + run + "-2");
                String after = witness.text("UCd", "Dave", "after the second restart");
                read(it, seen, s -> messages(s, WITNESS).contains(after));
                assertThat(FailOnce.FAILED).contains("boom-" + run + "-2");
            }
            assertThat(messages(seen, VIDEO)).isEqualTo(video.messageIds());
            assertThat(messages(seen, WITNESS)).isEqualTo(witness.messageIds());
            assertThat(offline(seen, VIDEO)).isEqualTo(1);
        } // closing the fake fails the test if it was polled faster than it said
    }

    private static CloseableIterator<ChatEvent> job(FakeYouTubeServer yt, boolean dataApi)
            throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(1);
        env.enableCheckpointing(250);
        YouTubeClientConfig client =
                YouTubeClientConfig.defaults(
                                dataApi ? FakeYouTubeServer.API_KEY : "", yt.apiUrl(), yt.webUrl())
                        .withQuota(1_000_000_000L, Duration.ZERO);
        YouTubeSource source =
                new YouTubeSource(
                        new YouTubeSourceOptions(client, Duration.ofMillis(500)),
                        // ChannelDiscovery.of(List<ChannelSpec>) does not serialize (ChannelSpec
                        // is not Serializable); a lambda that captures nothing does
                        (ChannelDiscovery)
                                platform ->
                                        List.of(
                                                ChannelSpec.parse("youtube:" + VIDEO, "show"),
                                                ChannelSpec.parse("youtube:" + WITNESS, "show")));
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "youtube")
                .uid("youtube-source")
                .map(new FailOnce())
                .uid("fail-once")
                .executeAndCollect("youtube-itcase");
    }

    private static void read(
            CloseableIterator<ChatEvent> it,
            List<ChatEvent> seen,
            Predicate<List<ChatEvent>> done) {
        while (!done.test(seen)) {
            seen.add(it.next());
        }
    }

    private static List<String> messages(List<ChatEvent> events, String channel) {
        return events.stream()
                .filter(e -> e instanceof ChatMessage && e.channel().equals(channel))
                .map(e -> ((ChatMessage) e).platformMessageId())
                .toList();
    }

    private static long offline(List<ChatEvent> events, String channel) {
        return events.stream()
                .filter(
                        e ->
                                e instanceof ChannelStatusChanged
                                        && e.channel().equals(channel)
                                        && ((ChannelStatusChanged) e).status()
                                                == ChannelStatus.OFFLINE)
                .count();
    }

    /** Fails the job once for each message whose text starts with {@code boom}. */
    static final class FailOnce implements MapFunction<ChatEvent, ChatEvent> {
        private static final long serialVersionUID = 1L;
        static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

        @Override
        public ChatEvent map(ChatEvent e) {
            if (e instanceof ChatMessage
                    && ((ChatMessage) e).message().startsWith("boom")
                    && FAILED.add(((ChatMessage) e).message())) {
                throw new IllegalStateException(
                        "injected failure at " + ((ChatMessage) e).message());
            }
            return e;
        }
    }
}
