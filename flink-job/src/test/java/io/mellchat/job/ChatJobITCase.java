package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.connectors.replay.ReplaySource;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.job.sinks.RedisSinks;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.model.UserBanned;
import io.mellchat.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/** The job on a MiniCluster, replaying a recording into the real PostgreSQL and Redis. */
class ChatJobITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(4)
                            .build());

    @TempDir Path dir;
    private TestDatabase db;
    private final String channel = "replay-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private JedisPubSub subscriber;
    private Thread subscriberThread;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create();
        subscriber =
                new JedisPubSub() {
                    @Override
                    public void onPMessage(String pattern, String ch, String message) {
                        frames.add(ch + " " + message);
                    }
                };
        subscriberThread =
                new Thread(
                        () -> {
                            try (Jedis j = new Jedis("127.0.0.1", 6379)) {
                                j.psubscribe(subscriber, "*:" + channel);
                            }
                        });
        subscriberThread.start();
        waitFor(Duration.ofSeconds(10), () -> subscriber.isSubscribed(), () -> "not subscribed");
    }

    @AfterEach
    void tearDown() throws Exception {
        subscriber.punsubscribe();
        subscriberThread.join(5_000);
        db.close();
    }

    private JobConfig config(Path recording, double speed) {
        return JobConfig.fromEnv(
                        Map.of(
                                "MELLCHAT_PG_URL", db.config().url(),
                                "MELLCHAT_CHECKPOINT_INTERVAL", "300ms",
                                "MELLCHAT_JDBC_BATCH_INTERVAL", "50ms",
                                "MELLCHAT_FRAME_BATCH_INTERVAL", "10ms"))
                .withReplay(new ReplayOptions(recording.toString(), speed, false))
                .withActionsStream("test:actions:" + channel)
                .withParallelism(2);
    }

    private JobClient start(JobConfig config, JobSinks sinks) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.setString("restart-strategy.fixed-delay.attempts", "2");
        conf.setString("restart-strategy.fixed-delay.delay", "200 ms");
        env.configure(conf);
        env.setParallelism(config.parallelism());
        new ChatJob(
                        config,
                        List.of(
                                new ChatJob.NamedSource(
                                        "replay", new ReplaySource(config.replay()))),
                        ChatSources.actions(config),
                        sinks)
                .build(env);
        return env.executeAsync("MellChat test");
    }

    private ChatMessage message(Platform p, String pmid, String user, String text) {
        return ChatMessage.builder()
                .platform(p)
                .channel(channel)
                .platformMessageId(pmid)
                .userId("id-" + user)
                .username(user)
                .message(text)
                .timestamp(Instant.EPOCH)
                .build();
    }

    @Test
    void replayedChatReachesPostgresAndRedisWithModerationApplied() throws Exception {
        Recordings rec = new Recordings();
        int n = 0;
        for (Platform p : Platform.values()) {
            for (int i = 0; i < 10; i++) {
                rec.add(
                        n * 10L,
                        message(p, p.id() + "-" + i, i == 3 ? "troll" : "user" + i, "hello " + i));
                n++;
            }
        }
        rec.add(
                400,
                new MessageDeleted(
                        Platform.TWITCH, channel, "default", "twitch-1", "", Instant.EPOCH));
        rec.add(
                410,
                new UserBanned(
                        Platform.KICK,
                        channel,
                        "default",
                        "id-troll",
                        "troll",
                        0,
                        "",
                        Instant.EPOCH));
        rec.add(420, new ChatCleared(Platform.YOUTUBE, channel, "default", Instant.EPOCH));
        JobClient job =
                start(
                        config(rec.write(dir), ReplayOptions.MAX_SPEED),
                        JobSinks.real(config(rec.write(dir), ReplayOptions.MAX_SPEED)));
        try {
            waitFor(
                    Duration.ofSeconds(90),
                    () ->
                            count("SELECT count(*) FROM messages") == 30
                                    && count("SELECT count(*) FROM messages WHERE deleted") == 12
                                    && count(
                                                    "SELECT coalesce(sum(messages_total), 0) FROM channels")
                                            == 30);
            assertThat(count("SELECT count(*) FROM messages WHERE deleted AND platform = 'twitch'"))
                    .isEqualTo(1);
            assertThat(count("SELECT count(*) FROM messages WHERE deleted AND platform = 'kick'"))
                    .isEqualTo(1);
            assertThat(
                            count(
                                    "SELECT count(*) FROM messages WHERE deleted AND platform = 'youtube'"))
                    .isEqualTo(10);
            assertThat(
                            count(
                                    "SELECT count(*) FROM channels WHERE origin = 'replay' AND status = 'live'"))
                    .isEqualTo(3);
            waitFor(
                    Duration.ofSeconds(30),
                    () ->
                            frames.stream()
                                                    .filter(f -> f.startsWith("messages:"))
                                                    .mapToLong(
                                                            f ->
                                                                    f.split(
                                                                                            "\"platform_message_id\"")
                                                                                    .length
                                                                            - 1)
                                                    .sum()
                                            >= 30
                                    && frames.stream()
                                                    .filter(f -> f.startsWith("moderation:"))
                                                    .count()
                                            >= 3
                                    && frames.stream().anyMatch(f -> f.startsWith("channels:")));
            assertThat(frames)
                    .anySatisfy(
                            f ->
                                    assertThat(f)
                                            .startsWith("moderation:kick:" + channel)
                                            .contains("\"user_id\":\"id-troll\""));
            try (Jedis j = new Jedis("127.0.0.1", 6379)) {
                assertThat(j.get(RedisSinks.HEARTBEAT_KEY)).contains("\"at\"");
            }
        } finally {
            job.cancel().get();
        }
    }

    @Test
    void aFailureMidStreamIsRestoredFromTheCheckpointWithoutDuplicatesOrRecounting()
            throws Exception {
        Recordings rec = new Recordings();
        for (int i = 0; i < 150; i++) {
            Platform p = Platform.values()[i % 3];
            rec.add(i * 20L, message(p, "m" + i, "user" + (i % 7), "message " + i));
        }
        JobConfig config = config(rec.write(dir), 1);
        JobSinks real = JobSinks.real(config);
        JobSinks failing =
                real.withMessages(new FailOnceSink<>(real.messages(), "messages-" + channel, 90));
        JobClient job = start(config, failing);
        try {
            waitFor(
                    Duration.ofSeconds(120),
                    () ->
                            count("SELECT count(*) FROM messages") == 150
                                    && count(
                                                    "SELECT coalesce(sum(messages_total), 0) FROM channels")
                                            == 150);
            assertThat(FailOnceSink.failed("messages-" + channel)).isTrue();
            // counters come from restored state: a recount after the restore would exceed 50 each
            assertThat(count("SELECT max(messages_total) FROM channels")).isEqualTo(50);
            assertThat(count("SELECT count(DISTINCT platform_message_id) FROM messages"))
                    .isEqualTo(150);
        } finally {
            job.cancel().get();
        }
    }

    private long count(String sql) {
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitFor(Duration bound, BooleanSupplier condition) throws InterruptedException {
        waitFor(
                bound,
                condition,
                () ->
                        "messages="
                                + count("SELECT count(*) FROM messages")
                                + " deleted="
                                + count("SELECT count(*) FROM messages WHERE deleted")
                                + " totals="
                                + count("SELECT coalesce(sum(messages_total), 0) FROM channels")
                                + " channels="
                                + count("SELECT count(*) FROM channels")
                                + " frames="
                                + frames.size());
    }

    static void waitFor(
            Duration bound, BooleanSupplier condition, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + bound + ": " + state.get());
            }
            Thread.onSpinWait();
            Thread.sleep(50);
        }
    }
}
