package io.mellchat.connectors.kick;

import static io.mellchat.connectors.kick.fake.FakePusherServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.kick.fake.FakeKickApi;
import io.mellchat.connectors.kick.fake.FakePusherServer;
import io.mellchat.connectors.kick.fake.KickFrames;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real Kick source in a MiniCluster job against the fake Pusher server and channel API. */
class KickSourceITCase {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(1)
                            .build());

    private final List<ChatEvent> out = new CopyOnWriteArrayList<>();

    @Test
    void readsEveryMessageOnceAcrossAReconnectAndReportsStatuses() throws Exception {
        try (FakePusherServer pusher = FakePusherServer.start();
                FakeKickApi api =
                        FakeKickApi.start().channel("litney", 668, 1221707).challenge("walled")) {
            KickSourceOptions options =
                    KickSourceOptions.of(pusher.url(), api.url())
                            .withClient(
                                    KickSourceOptions.of(pusher.url(), api.url())
                                            .client()
                                            .withReconnect(
                                                    Duration.ofMillis(200), Duration.ofSeconds(2))
                                            .withLookupRetry(
                                                    Duration.ofSeconds(1), Duration.ofSeconds(5)));
            ChannelDiscovery discovery =
                    ChannelDiscovery.of(
                            List.of(
                                    ChannelSpec.parse("kick:litney", "show"),
                                    ChannelSpec.parse("kick:hinted#555", "show"),
                                    ChannelSpec.parse("kick:walled", "show")));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            Configuration conf = new Configuration();
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
            env.configure(conf);
            env.setParallelism(1);
            CloseableIterator<ChatEvent> results =
                    env.fromSource(
                                    new KickSource(options, discovery, Duration.ofMillis(500)),
                                    WatermarkStrategy.noWatermarks(),
                                    "kick")
                            .uid("source-kick")
                            .collectAsync();
            JobClient job = env.executeAsync("kick-source-itcase");
            Thread collector =
                    new Thread(
                            () -> {
                                try {
                                    results.forEachRemaining(out::add);
                                } catch (RuntimeException e) {
                                    // the job was cancelled at the end of the test
                                }
                            },
                            "collector");
            collector.setDaemon(true);
            collector.start();
            try {
                await(
                        "litney and hinted live",
                        WAIT,
                        () -> live("litney") == 1 && live("hinted") == 1);
                await("walled in error", WAIT, () -> status("walled", ChannelStatus.ERROR) >= 1);
                assertThat(statuses("walled").get(0).status()).isEqualTo(ChannelStatus.CONNECTING);
                assertThat(statuses("walled").get(1).detail())
                        .contains("Cloudflare")
                        .contains("kick:walled#<chatroomId>");

                for (int i = 1; i <= 5; i++) {
                    chat(pusher, 1221707, "m" + i);
                }
                chat(pusher, 555, "h1");
                await("six messages", WAIT, () -> messages().size() == 6);

                pusher.errorAndClose(4200, "Please reconnect immediately");
                await(
                        "live again after the reconnect",
                        WAIT,
                        () ->
                                live("litney") == 2
                                        && live("hinted") == 2
                                        && pusher.subscribers("chatrooms.1221707.v2") == 1
                                        && pusher.subscribers("chatrooms.555.v2") == 1);
                chat(pusher, 1221707, "m4"); // sent again after the reconnect
                chat(pusher, 1221707, "m5");
                for (int i = 6; i <= 8; i++) {
                    chat(pusher, 1221707, "m" + i);
                }
                await("m8", WAIT, () -> messages().contains("m8"));

                assertThat(messages())
                        .containsExactlyInAnyOrder(
                                "m1", "m2", "m3", "m4", "m5", "h1", "m6", "m7", "m8");
                assertThat(statuses("litney"))
                        .extracting(ChannelStatusChanged::status)
                        .containsSubsequence(
                                ChannelStatus.CONNECTING,
                                ChannelStatus.LIVE,
                                ChannelStatus.RECONNECTING,
                                ChannelStatus.LIVE);
                assertThat(api.requests("hinted")).isZero();
                ChatMessage first =
                        out.stream()
                                .filter(e -> e instanceof ChatMessage)
                                .map(e -> (ChatMessage) e)
                                .findFirst()
                                .orElseThrow();
                assertThat(first.stream()).isEqualTo("show");
                assertThat(first.channel()).isEqualTo("litney");
            } finally {
                job.cancel().get();
                results.close();
            }
        }
    }

    private static void chat(FakePusherServer pusher, long room, String id) {
        pusher.publish(
                KickFrames.chatroomChannel(room),
                KickFrames.CHAT_MESSAGE_EVENT,
                KickFrames.chatMessage(room, id, 7, "Viewer", "hello " + id));
    }

    private List<String> messages() {
        return out.stream()
                .filter(e -> e instanceof ChatMessage)
                .map(e -> ((ChatMessage) e).platformMessageId())
                .collect(Collectors.toList());
    }

    private List<ChannelStatusChanged> statuses(String channel) {
        return out.stream()
                .filter(e -> e instanceof ChannelStatusChanged && e.channel().equals(channel))
                .map(e -> (ChannelStatusChanged) e)
                .collect(Collectors.toList());
    }

    private long status(String channel, ChannelStatus status) {
        return statuses(channel).stream().filter(s -> s.status() == status).count();
    }

    private long live(String channel) {
        return status(channel, ChannelStatus.LIVE);
    }
}
