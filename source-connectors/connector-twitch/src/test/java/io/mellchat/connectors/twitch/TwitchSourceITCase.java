package io.mellchat.connectors.twitch;

import static io.mellchat.connectors.twitch.fake.FakeTwitchServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.twitch.client.TwitchClientConfig;
import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.UserBanned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real source in a MiniCluster job, reading the fake Twitch server over WebSocket. */
class TwitchSourceITCase {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(1)
                            .build());

    @Test
    void deliversEveryMessageExactlyOnceAcrossAForcedReconnect() throws Exception {
        // on every JOIN the fake re-sends each channel's recent lines: duplicates of what was
        // read before the reconnect, and the lines sent while the client was away
        try (FakeTwitchServer server =
                FakeTwitchServer.start(FakeTwitchServer.options().replayOnJoin(50))) {
            TwitchSourceOptions options =
                    TwitchSourceOptions.defaults()
                            .withClient(
                                    TwitchClientConfig.builder()
                                            .url(server.wsUrl())
                                            .backoff(Duration.ofMillis(50), Duration.ofMillis(500))
                                            .build());
            TwitchSource source =
                    new TwitchSource(
                            options,
                            ChannelDiscovery.of(
                                    List.of(
                                            ChannelSpec.parse("twitch:alpha", "show"),
                                            ChannelSpec.parse("twitch:beta", "show"))));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            List<ChatEvent> out = new CopyOnWriteArrayList<>();
            try (CloseableIterator<ChatEvent> it =
                    env.fromSource(source, WatermarkStrategy.noWatermarks(), "twitch")
                            .uid("twitch-source")
                            .executeAndCollect("twitch-source-itcase")) {
                Thread drain =
                        new Thread(
                                () -> {
                                    try {
                                        while (it.hasNext()) {
                                            out.add(it.next());
                                        }
                                    } catch (RuntimeException e) {
                                        // the job was cancelled
                                    }
                                },
                                "collect");
                drain.setDaemon(true);
                drain.start();

                server.awaitJoined(WAIT, "alpha", "beta");
                await(() -> live(out, "alpha", 1) && live(out, "beta", 1), WAIT, "both live");

                List<String> expected = new ArrayList<>();
                sendBatch(server, "before", 10, expected);
                // a Shared Chat copy in beta of alpha's first message: dropped
                server.send(
                        "beta",
                        "@id=mirror-1;source-id=alpha-before-0;source-room-id=1;room-id=2;"
                                + "tmi-sent-ts=1 :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #beta"
                                + " :mirrored");
                server.send("alpha", TwitchLines.CLEARCHAT_TIMEOUT.replace("#dallas", "#alpha"));
                await(() -> ids(out).size() >= 20, WAIT, "the first 20 messages");

                server.reconnectAll();
                sendBatch(server, "during", 5, expected);
                await(() -> server.connectionCount() >= 2, WAIT, "a new connection");
                server.awaitJoined(WAIT, "alpha", "beta");
                await(() -> live(out, "alpha", 2) && live(out, "beta", 2), WAIT, "live again");
                sendBatch(server, "after", 3, expected);

                await(
                        () -> ids(out).containsAll(expected),
                        WAIT,
                        "all " + expected.size() + " messages");
                assertThat(ids(out)).containsExactlyInAnyOrderElementsOf(expected);
                // moderation events are not deduplicated (a repeat changes nothing downstream)
                assertThat(out)
                        .filteredOn(e -> e instanceof UserBanned)
                        .isNotEmpty()
                        .allMatch(e -> ((UserBanned) e).durationSeconds() == 350);
                for (String channel : List.of("alpha", "beta")) {
                    assertThat(statuses(out, channel))
                            .containsSubsequence(
                                    ChannelStatus.CONNECTING,
                                    ChannelStatus.LIVE,
                                    ChannelStatus.RECONNECTING,
                                    ChannelStatus.LIVE);
                }
            }
        }
    }

    /** Sends {@code n} messages to each channel, with ids {@code <channel>-<tag>-<i>}. */
    private static void sendBatch(
            FakeTwitchServer server, String tag, int n, List<String> expected) {
        for (String channel : List.of("alpha", "beta")) {
            for (int i = 0; i < n; i++) {
                String id = channel + "-" + tag + "-" + i;
                server.send(
                        channel,
                        TwitchLines.privmsg(
                                channel, "viewer" + i, id, 1_700_000_000_000L + i, tag + " " + i));
                expected.add(id);
            }
        }
    }

    private static List<String> ids(List<ChatEvent> out) {
        List<String> ids = new ArrayList<>();
        for (ChatEvent e : out) {
            if (e instanceof ChatMessage) {
                ids.add(((ChatMessage) e).platformMessageId());
            }
        }
        return ids;
    }

    private static List<ChannelStatus> statuses(List<ChatEvent> out, String channel) {
        List<ChannelStatus> s = new ArrayList<>();
        for (ChatEvent e : out) {
            if (e instanceof ChannelStatusChanged && e.channel().equals(channel)) {
                s.add(((ChannelStatusChanged) e).status());
            }
        }
        return s;
    }

    private static boolean live(List<ChatEvent> out, String channel, int times) {
        return statuses(out, channel).stream().filter(s -> s == ChannelStatus.LIVE).count()
                >= times;
    }
}
