package io.mellchat.job.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.JdbcChannelDiscovery;
import io.mellchat.connectors.twitch.TwitchSource;
import io.mellchat.connectors.twitch.TwitchSourceOptions;
import io.mellchat.connectors.twitch.client.TwitchClientConfig;
import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.job.Await;
import io.mellchat.job.FailOnceSink;
import java.time.Duration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Twitch source, against the fake Twitch server over WebSocket, through the whole job into
 * PostgreSQL: every message stored once across a RECONNECT (the fake re-sends recent lines) and a
 * job failure restored from a checkpoint; deletions and bans applied; statuses in {@code channels}.
 */
class TwitchPipelineITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long T = 1_760_000_000_000L;

    @Test
    void everyMessageOnceWithModerationAcrossAReconnectAndARestore() throws Exception {
        try (FakeTwitchServer twitch =
                        FakeTwitchServer.start(FakeTwitchServer.options().replayOnJoin(50));
                PipelineHarness h = new PipelineHarness()) {
            h.sql(
                    "INSERT INTO channels (platform, channel, stream) VALUES ('twitch', 'alpha', 'show')");
            TwitchSourceOptions options =
                    TwitchSourceOptions.defaults()
                            .withClient(
                                    TwitchClientConfig.builder()
                                            .url(twitch.wsUrl())
                                            .backoff(Duration.ofMillis(50), Duration.ofMillis(500))
                                            .build());
            h.start(
                    "twitch",
                    new TwitchSource(options, new JdbcChannelDiscovery(h.db.config())),
                    sinks ->
                            sinks.withMessages(
                                    new FailOnceSink<>(sinks.messages(), "twitch-messages", 8)));
            twitch.awaitJoined(WAIT, "alpha");
            for (int i = 0; i < 10; i++) {
                twitch.send(
                        "alpha",
                        TwitchLines.privmsg(
                                "alpha",
                                "viewer" + i,
                                "tw-" + i,
                                T + i,
                                i == 4 ? "Kappa what mouse do you use?" : "hello " + i));
            }
            twitch.send(
                    "alpha",
                    "@login=viewer3;room-id=;target-msg-id=tw-3;tmi-sent-ts="
                            + (T + 20)
                            + " :tmi.twitch.tv CLEARMSG #alpha :hello 3");
            twitch.send(
                    "alpha",
                    "@room-id=4242;target-user-id="
                            + Math.abs("viewer5".hashCode())
                            + ";ban-duration=600;tmi-sent-ts="
                            + (T + 21)
                            + " :tmi.twitch.tv CLEARCHAT #alpha :viewer5");
            Await.until(
                    WAIT,
                    () ->
                            h.count("SELECT count(*) FROM messages") == 10
                                    && h.count("SELECT count(*) FROM messages WHERE deleted") == 2,
                    () -> h.rows("SELECT platform_message_id, deleted FROM messages").toString());

            twitch.reconnectAll();
            for (int i = 10; i < 15; i++) {
                twitch.send(
                        "alpha",
                        TwitchLines.privmsg("alpha", "viewer" + i, "tw-" + i, T + i, "after " + i));
            }
            Await.until(
                    WAIT,
                    () ->
                            h.count("SELECT count(*) FROM messages") == 15
                                    && h.count(
                                                    "SELECT coalesce(sum(messages_total), 0) FROM channels")
                                            == 15
                                    && h.count(
                                                    "SELECT count(*) FROM channels WHERE status = 'live'")
                                            == 1,
                    () ->
                            h.rows("SELECT platform_message_id FROM messages")
                                    + " "
                                    + h.rows(
                                            "SELECT status, status_detail, messages_total FROM channels"));
            assertThat(FailOnceSink.failed("twitch-messages")).isTrue();
            assertThat(h.rows("SELECT platform_message_id FROM messages WHERE deleted ORDER BY 1"))
                    .containsExactly("tw-3", "tw-5");
            assertThat(
                            h.rows(
                                    "SELECT badges::text, color, stream, category FROM messages WHERE platform_message_id = 'tw-4'"))
                    .singleElement()
                    .satisfies(
                            r ->
                                    assertThat(r)
                                            .contains("subscriber")
                                            .contains("#1E90FF")
                                            .contains("show")
                                            .contains("question"));
            Await.until(
                    WAIT,
                    () -> h.count("SELECT count(*) FROM questions") == 1,
                    () -> h.rows("SELECT question FROM questions").toString());
        }
    }
}
