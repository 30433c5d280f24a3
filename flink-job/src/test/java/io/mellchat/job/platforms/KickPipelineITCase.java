package io.mellchat.job.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.JdbcChannelDiscovery;
import io.mellchat.connectors.kick.KickSource;
import io.mellchat.connectors.kick.KickSourceOptions;
import io.mellchat.connectors.kick.fake.FakeKickApi;
import io.mellchat.connectors.kick.fake.FakePusherServer;
import io.mellchat.connectors.kick.fake.KickFrames;
import io.mellchat.job.Await;
import java.time.Duration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Kick source against the fake Pusher server and channel API, through the whole job into
 * PostgreSQL: chatroom lookup (and a Cloudflare-refused slug reported as an error with the hint),
 * every message once across a 4200 reconnect with duplicate delivery, deletions and bans applied.
 */
class KickPipelineITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long ROOM = 1221707;

    @Test
    void everyMessageOnceWithModerationAcrossAReconnect() throws Exception {
        try (FakePusherServer pusher = FakePusherServer.start();
                FakeKickApi api =
                        FakeKickApi.start().channel("litney", 668, ROOM).challenge("walled");
                PipelineHarness h = new PipelineHarness()) {
            h.sql(
                    "INSERT INTO channels (platform, channel, stream) VALUES ('kick', 'litney', 'show'),"
                            + " ('kick', 'walled', 'show')");
            KickSourceOptions base = KickSourceOptions.of(pusher.url(), api.url());
            KickSourceOptions options =
                    base.withClient(
                            base.client()
                                    .withReconnect(Duration.ofMillis(200), Duration.ofSeconds(2))
                                    .withLookupRetry(Duration.ofSeconds(1), Duration.ofSeconds(5)));
            h.start(
                    "kick",
                    new KickSource(
                            options,
                            new JdbcChannelDiscovery(h.db.config()),
                            Duration.ofMillis(500)),
                    sinks -> sinks);
            String room = KickFrames.chatroomChannel(ROOM);
            pusher.awaitSubscribed(room, WAIT);
            pusher.duplicateDelivery(true);
            for (int i = 0; i < 6; i++) {
                pusher.publish(
                        room,
                        KickFrames.CHAT_MESSAGE_EVENT,
                        KickFrames.chatMessage(
                                ROOM, "k-" + i, 100 + i, "user" + i, "hi [emote:37226:KEKW] " + i));
            }
            pusher.publish(
                    room, KickFrames.MESSAGE_DELETED_EVENT, KickFrames.messageDeleted("k-1"));
            pusher.publish(
                    room, KickFrames.USER_BANNED_EVENT, KickFrames.userBanned(102, "user2", true));
            Await.until(
                    WAIT,
                    () ->
                            h.count("SELECT count(*) FROM messages") == 6
                                    && h.count("SELECT count(*) FROM messages WHERE deleted") == 2,
                    () -> h.rows("SELECT platform_message_id, deleted FROM messages").toString());

            pusher.errorAndClose(4200, "reconnect please");
            pusher.awaitSubscribed(room, WAIT);
            for (int i = 6; i < 9; i++) {
                pusher.publish(
                        room,
                        KickFrames.CHAT_MESSAGE_EVENT,
                        KickFrames.chatMessage(ROOM, "k-" + i, 100 + i, "user" + i, "after " + i));
            }
            Await.until(
                    WAIT,
                    () ->
                            h.count("SELECT count(*) FROM messages") == 9
                                    && h.count(
                                                    "SELECT count(*) FROM channels WHERE channel = 'walled' AND status = 'error'")
                                            == 1,
                    () ->
                            h.rows("SELECT platform_message_id FROM messages")
                                    + " "
                                    + h.rows(
                                            "SELECT channel, status, status_detail FROM channels"));
            assertThat(h.rows("SELECT platform_message_id FROM messages WHERE deleted ORDER BY 1"))
                    .containsExactly("k-1", "k-2");
            assertThat(
                            h.rows(
                                    "SELECT message, emotes::text FROM messages WHERE platform_message_id = 'k-0'"))
                    .singleElement()
                    .satisfies(r -> assertThat(r).startsWith("hi KEKW 0").contains("37226"));
            assertThat(h.rows("SELECT status_detail FROM channels WHERE channel = 'walled'"))
                    .singleElement()
                    .satisfies(d -> assertThat(d).contains("kick:walled#"));
        }
    }
}
