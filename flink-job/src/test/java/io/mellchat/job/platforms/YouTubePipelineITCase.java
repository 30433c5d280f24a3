package io.mellchat.job.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.JdbcChannelDiscovery;
import io.mellchat.connectors.youtube.YouTubeSource;
import io.mellchat.connectors.youtube.YouTubeSourceOptions;
import io.mellchat.connectors.youtube.client.YouTubeClientConfig;
import io.mellchat.connectors.youtube.fake.FakeLiveVideo;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer;
import io.mellchat.job.Await;
import io.mellchat.job.FailOnceSink;
import java.time.Duration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real YouTube source (Data API mode and keyless mode) against the fake YouTube server, through
 * the whole job into PostgreSQL: every message once across a job failure (resumed from the
 * checkpointed page token), deletions and bans applied, the chat's end reported as {@code offline},
 * and the polling interval never violated (the fake fails the test on close otherwise).
 */
class YouTubePipelineITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String VIDEO = "jfKfPfyJRdk";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyMessageOnceAcrossARestoreWithModerationAndTheEnd(boolean dataApi) throws Exception {
        String failing = "youtube-messages-" + dataApi;
        try (FakeYouTubeServer yt = FakeYouTubeServer.start();
                PipelineHarness h = new PipelineHarness()) {
            FakeLiveVideo video = yt.liveVideo(VIDEO);
            h.sql(
                    "INSERT INTO channels (platform, channel, stream) VALUES ('youtube', '"
                            + VIDEO
                            + "', 'show')");
            YouTubeClientConfig client =
                    YouTubeClientConfig.defaults(
                                    dataApi ? FakeYouTubeServer.API_KEY : "",
                                    yt.apiUrl(),
                                    yt.webUrl())
                            .withQuota(1_000_000_000L, Duration.ZERO);
            h.start(
                    "youtube",
                    new YouTubeSource(
                            new YouTubeSourceOptions(client, Duration.ofMillis(500)),
                            new JdbcChannelDiscovery(h.db.config())),
                    sinks -> sinks.withMessages(new FailOnceSink<>(sinks.messages(), failing, 5)));
            for (int i = 0; i < 4; i++) {
                video.text("UCa" + i, "Author " + i, "hello " + i);
            }
            String spam = video.text("UCspam", "Spammer", "buy followers");
            Await.until(
                    WAIT,
                    () -> h.count("SELECT count(*) FROM messages") == 5,
                    () -> h.rows("SELECT platform_message_id FROM messages").toString());
            video.delete(spam);
            video.text("UCtroll", "Troll", "first");
            video.text("UCtroll", "Troll", "second");
            video.ban("UCtroll", 300);
            for (int i = 4; i < 8; i++) {
                video.text("UCa" + i, "Author " + i, "more " + i);
            }
            video.end();
            Await.until(
                    WAIT,
                    () ->
                            h.count("SELECT count(*) FROM messages") == video.messageIds().size()
                                    && h.count("SELECT count(*) FROM messages WHERE deleted") == 3
                                    && h.count(
                                                    "SELECT count(*) FROM channels WHERE status = 'offline'")
                                            == 1,
                    () ->
                            h.rows("SELECT platform_message_id, deleted FROM messages")
                                    + " "
                                    + h.rows("SELECT status, status_detail FROM channels"));
            assertThat(FailOnceSink.failed(failing)).isTrue();
            assertThat(h.count("SELECT count(DISTINCT platform_message_id) FROM messages"))
                    .isEqualTo(video.messageIds().size());
        } // the fake fails the test if it was polled faster than it said
    }
}
