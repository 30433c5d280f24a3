package io.mellchat.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.ops.cluster.ClusterJobs;
import io.mellchat.ops.cluster.SharedCluster;
import io.mellchat.ops.testing.Await;
import io.mellchat.ops.testing.Pg;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform socket of a live channel dropped again and again (a fake Twitch server that cuts
 * every connection without a goodbye) while the job runs on the real Flink cluster: the source
 * reconnects and joins again each time, every message sent while connected is stored once, and the
 * server's repeats after a reconnect are not stored twice.
 */
@ExtendWith(SharedCluster.class)
class DroppedPlatformSocketsITCase {
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 40;
    private static final Duration WAIT = Duration.ofSeconds(120);

    private String job;

    @AfterEach
    void cancel() throws Exception {
        ClusterJobs.cancel(job);
    }

    @Test
    void reconnectsAfterEveryDropAndStoresEachMessageOnce() throws Exception {
        FakeTwitchServer twitch = SharedCluster.get().twitch();
        Pg pg = new Pg(SharedCluster.get().db().config());
        String channel = "opsdrop" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = SharedCluster.get().db().config().connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO channels (platform, channel, stream, origin)"
                                        + " VALUES ('twitch', ?, 'default', 'live')")) {
            ps.setString(1, channel);
            ps.executeUpdate();
        }
        job = ClusterJobs.run(Optional.empty(), List.of());
        twitch.awaitJoined(WAIT, channel);
        String stored = "SELECT count(*) FROM messages WHERE channel = '" + channel + "'";

        List<Double> reconnectSeconds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < PER_ROUND; i++) {
                twitch.send(
                        channel,
                        TwitchLines.privmsg(
                                channel,
                                "viewer" + i,
                                "drop-" + round + "-" + i,
                                System.currentTimeMillis(),
                                "message " + i + " of round " + round));
            }
            long expected = (long) (round + 1) * PER_ROUND;
            Await.until(
                    WAIT,
                    () -> pg.count(stored) == expected,
                    () ->
                            "round stored: "
                                    + pg.count(stored)
                                    + " of "
                                    + expected
                                    + ClusterJobs.info(job));
            int joins = twitch.joinCount(channel);
            long t = System.nanoTime();
            twitch.dropAll();
            Await.until(
                    WAIT,
                    () -> twitch.joinCount(channel) > joins && twitch.isJoined(channel),
                    () -> "not joined again after drop " + twitch.joinCount(channel));
            reconnectSeconds.add((System.nanoTime() - t) / 1e9);
        }
        // after the last reconnect the server repeats recent lines (as Twitch may): stored once
        twitch.resend(channel, 20);
        long total = (long) ROUNDS * PER_ROUND;
        Await.until(
                WAIT,
                () ->
                        pg.count(
                                        "SELECT coalesce(sum(messages_total), 0) FROM channels WHERE channel = '"
                                                + channel
                                                + "'")
                                == total,
                () ->
                        "counted "
                                + pg.count(
                                        "SELECT messages_total FROM channels WHERE channel = '"
                                                + channel
                                                + "'"));
        assertThat(pg.count(stored)).isEqualTo(total);
        assertThat(
                        pg.count(
                                "SELECT count(DISTINCT platform_message_id) FROM messages WHERE channel = '"
                                        + channel
                                        + "'"))
                .isEqualTo(total);
        Await.until(
                WAIT,
                () ->
                        "live"
                                .equals(
                                        pg.text(
                                                "SELECT status FROM channels WHERE platform = 'twitch' AND channel = '"
                                                        + channel
                                                        + "'")),
                () ->
                        "channel status "
                                + pg.text(
                                        "SELECT status || ' ' || status_detail FROM channels WHERE channel = '"
                                                + channel
                                                + "'"));
        System.out.printf(
                "[ops] Twitch socket dropped %d times while the job ran on the cluster: rejoined after %s s;"
                        + " all %d messages stored once (repeats after the reconnect not stored again)%n",
                ROUNDS,
                reconnectSeconds.stream().map(d -> String.format("%.1f", d)).toList(),
                total);
    }
}
