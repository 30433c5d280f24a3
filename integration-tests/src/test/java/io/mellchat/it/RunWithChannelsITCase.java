package io.mellchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.kick.fake.FakeKickApi;
import io.mellchat.connectors.kick.fake.FakePusherServer;
import io.mellchat.connectors.kick.fake.KickFrames;
import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.connectors.youtube.fake.FakeLiveVideo;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer;
import io.mellchat.job.Await;
import io.mellchat.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mellchat run --channel twitch:… --channel kick:… --channel youtube:…}: the job process
 * of the launcher connects to the platforms named by the {@code MELLCHAT_*_URL} variables (here the
 * fake servers) and stores their chat.
 */
class RunWithChannelsITCase {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final long ROOM = 4711;
    private static final String VIDEO = "dQw4w9WgXcQ";
    @TempDir Path dir;

    @Test
    void channelsGivenOnTheCommandLineAreReadFromTheirPlatforms() throws Exception {
        try (FakeTwitchServer twitch = FakeTwitchServer.start();
                FakePusherServer pusher = FakePusherServer.start();
                FakeKickApi kickApi = FakeKickApi.start().channel("litney", 668, ROOM);
                FakeYouTubeServer youtube = FakeYouTubeServer.start();
                TestDatabase db = TestDatabase.create()) {
            FakeLiveVideo video = youtube.liveVideo(VIDEO);
            Map<String, String> env =
                    Map.of(
                            "MELLCHAT_PG_URL", db.config().url(),
                            "MELLCHAT_CHECKPOINT_DIR", dir.resolve("checkpoints").toString(),
                            "MELLCHAT_ACTIONS_STREAM", "test:actions:" + UUID.randomUUID(),
                            "MELLCHAT_DISCOVERY_INTERVAL", "1s",
                            "MELLCHAT_TWITCH_IRC_URL", twitch.wsUrl(),
                            "MELLCHAT_KICK_PUSHER_URL", pusher.url().toString(),
                            "MELLCHAT_KICK_API_URL", kickApi.url().toString(),
                            "MELLCHAT_YOUTUBE_WEB_URL", youtube.webUrl().toString(),
                            "MELLCHAT_YOUTUBE_API_URL", youtube.apiUrl().toString());
            Process run =
                    LocalRunnerProcess.start(
                            env,
                            List.of(
                                    "--channel",
                                    "twitch:Alpha",
                                    "--channel",
                                    "kick:litney",
                                    "--channel",
                                    "youtube:" + VIDEO,
                                    "--stream",
                                    "show",
                                    "--fresh"),
                            dir.resolve("run.log"));
            try {
                twitch.awaitJoined(WAIT, "alpha");
                pusher.awaitSubscribed(KickFrames.chatroomChannel(ROOM), WAIT);
                twitch.send(
                        "alpha",
                        TwitchLines.privmsg(
                                "alpha",
                                "viewer",
                                "tw-1",
                                System.currentTimeMillis(),
                                "hello from twitch"));
                pusher.publish(
                        KickFrames.chatroomChannel(ROOM),
                        KickFrames.CHAT_MESSAGE_EVENT,
                        KickFrames.chatMessage(ROOM, "k-1", 7, "kicker", "hello from kick"));
                video.text("UCyoutuber", "Tuber", "hello from youtube");
                Await.until(
                        WAIT,
                        () ->
                                count(db, "SELECT count(DISTINCT platform) FROM messages") == 3
                                        && count(
                                                        db,
                                                        "SELECT count(*) FROM channels WHERE status = 'live'"
                                                                + " AND stream = 'show'")
                                                == 3,
                        () -> rows(db) + "\n" + LocalRunnerProcess.tail(dir.resolve("run.log")));
                assertThat(count(db, "SELECT count(*) FROM messages WHERE stream = 'show'"))
                        .isEqualTo(3);
            } finally {
                run.destroy();
                run.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static long count(TestDatabase db, String sql) {
        try (Connection c = db.config().connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String rows(TestDatabase db) {
        try (Connection c = db.config().connect();
                ResultSet rs =
                        c.createStatement()
                                .executeQuery(
                                        "SELECT platform, channel, status, status_detail FROM channels")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(1))
                        .append(':')
                        .append(rs.getString(2))
                        .append(' ')
                        .append(rs.getString(3))
                        .append(" (")
                        .append(rs.getString(4))
                        .append(") ");
            }
            return sb.toString();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
