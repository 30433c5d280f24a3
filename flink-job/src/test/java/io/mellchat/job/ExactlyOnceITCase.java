package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.actions.RedisActionsSource;
import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.connectors.replay.ReplaySource;
import io.mellchat.job.functions.QuestionMerger;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.model.UserAction;
import io.mellchat.model.UserBanned;
import io.mellchat.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;

/**
 * The whole job (chat, classification, questions with merging, chat and API votes, answers, hides,
 * bans, deletions, windowed stats) run twice on the same input: once undisturbed, once failing
 * twice mid-stream and restoring from its checkpoints. Both runs must leave exactly the same
 * database.
 */
class ExactlyOnceITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(4)
                            .build());

    private static final String CHANNEL = "replay-exactly-once";
    @TempDir Path dir;

    private static ChatMessage m(
            Platform p, String pmid, String user, String text, String replyTo) {
        return ChatMessage.builder()
                .platform(p)
                .channel(CHANNEL)
                .platformMessageId(pmid)
                .userId("id-" + user)
                .username(user)
                .message(text)
                .replyTo(replyTo)
                .timestamp(Instant.EPOCH)
                .build();
    }

    private static UUID id(Platform p, String pmid) {
        return ChatMessage.idFor(p, CHANNEL, pmid);
    }

    private static UUID questionOf(Platform p, String pmid) {
        return UUID.fromString(QuestionMerger.questionIdFor(id(p, pmid).toString()));
    }

    private Path recording() throws Exception {
        Recordings rec = new Recordings();
        String[] filler = {
            "lol",
            "gg",
            "nice play",
            "hahaha",
            "LETS GO",
            "that was clean",
            "hi chat",
            "W stream",
            "no way",
            "ты лучший",
            "qué locura",
            "que jogada",
            "krass"
        };
        Platform[] ps = Platform.values();
        for (int i = 0; i < 60; i++) {
            Platform p = ps[i % 3];
            rec.add(
                    200 + i * 80L,
                    m(p, "f" + i, "user" + (i % 11), filler[i % filler.length], null));
        }
        rec.add(500, m(Platform.TWITCH, "q1", "ann", "what song is this?", null));
        // asked again on another platform well after the first (which of two questions arriving
        // within the pipeline's latency becomes the canonical one depends on arrival order)
        rec.add(2500, m(Platform.KICK, "q1dup", "bob", "what song is this", null));
        rec.add(1500, m(Platform.YOUTUBE, "q2", "cat", "which gpu do you use?", null));
        rec.add(2000, m(Platform.TWITCH, "v1", "dan", "+1", "q1"));
        rec.add(2900, m(Platform.KICK, "v2", "eve", "+1 same", "q1dup"));
        rec.add(3000, m(Platform.TWITCH, "t1", "troll", "you are bad", null));
        rec.add(3400, m(Platform.TWITCH, "tq", "troll", "what time does the stream end?", null));
        rec.add(
                3600,
                new UserBanned(
                        Platform.TWITCH,
                        CHANNEL,
                        "default",
                        "id-troll",
                        "troll",
                        600,
                        "",
                        Instant.EPOCH));
        rec.add(4000, m(Platform.YOUTUBE, "s1", "spammer", "FREE SKINS at example.com", null));
        rec.add(
                4200,
                new MessageDeleted(Platform.YOUTUBE, CHANNEL, "default", "s1", "", Instant.EPOCH));
        return rec.write(dir);
    }

    private static UserAction action(
            UserAction.Type type,
            UserAction.Target target,
            UUID item,
            String actor,
            Platform where) {
        return new UserAction(
                UUID.nameUUIDFromBytes(
                                (type + ":" + item + ":" + actor)
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString(),
                type,
                target,
                item,
                actor,
                "viewer",
                Instant.now(),
                "default",
                where.id(),
                CHANNEL);
    }

    /** What the test writes to the actions stream once the questions exist. */
    private static List<UserAction> apiActions() {
        UUID q1 = questionOf(Platform.TWITCH, "q1");
        UUID q2 = questionOf(Platform.YOUTUBE, "q2");
        return List.of(
                action(
                        UserAction.Type.UPVOTE,
                        UserAction.Target.QUESTION,
                        q1,
                        "viewer:a",
                        Platform.TWITCH),
                action(
                        UserAction.Type.UPVOTE,
                        UserAction.Target.QUESTION,
                        q1,
                        "viewer:b",
                        Platform.TWITCH),
                action(
                        UserAction.Type.UPVOTE,
                        UserAction.Target.QUESTION,
                        q1,
                        "viewer:a",
                        Platform.TWITCH),
                action(
                        UserAction.Type.UPVOTE,
                        UserAction.Target.QUESTION,
                        q2,
                        "viewer:a",
                        Platform.YOUTUBE),
                action(
                        UserAction.Type.ANSWER,
                        UserAction.Target.QUESTION,
                        q2,
                        "moderator:m",
                        Platform.YOUTUBE),
                action(
                        UserAction.Type.UPVOTE,
                        UserAction.Target.MESSAGE,
                        id(Platform.KICK, "f2"),
                        "viewer:c",
                        Platform.KICK),
                action(
                        UserAction.Type.HIDE,
                        UserAction.Target.MESSAGE,
                        id(Platform.KICK, "f5"),
                        "moderator:m",
                        Platform.KICK));
    }

    @Test
    void aJobFailingMidStreamEndsWithExactlyTheDatabaseOfAnUndisturbedRun() throws Exception {
        Path recording = recording();
        List<List<String>> undisturbed = run(recording, "a", sinks -> sinks);
        List<List<String>> restored =
                run(
                        recording,
                        "b",
                        sinks ->
                                sinks.withMessages(
                                                new FailOnceSink<>(
                                                        sinks.messages(), "eo-messages", 30))
                                        .withQuestions(
                                                new FailOnceSink<>(
                                                        sinks.questions(), "eo-questions", 9)));
        assertThat(FailOnceSink.failed("eo-messages")).isTrue();
        assertThat(FailOnceSink.failed("eo-questions")).isTrue();
        for (int i = 0; i < undisturbed.size(); i++) {
            assertThat(restored.get(i))
                    .as("query " + i)
                    .containsExactlyElementsOf(undisturbed.get(i));
        }
    }

    private List<List<String>> run(Path recording, String name, Function<JobSinks, JobSinks> sinks)
            throws Exception {
        String actionsKey = "test:actions:" + UUID.randomUUID();
        try (TestDatabase db = TestDatabase.create();
                Jedis redis = new Jedis("127.0.0.1", 6379)) {
            JobConfig config =
                    JobConfig.fromEnv(
                                    Map.of(
                                            "MELLCHAT_PG_URL", db.config().url(),
                                            "MELLCHAT_CHECKPOINT_INTERVAL", "400ms",
                                            "MELLCHAT_JDBC_BATCH_INTERVAL", "50ms",
                                            "MELLCHAT_STATS_WINDOW", "10s",
                                            "MELLCHAT_LIVE_STATS_WINDOW", "5s"))
                            .withReplay(new ReplayOptions(recording.toString(), 1, false))
                            .withActionsStream(actionsKey)
                            .withParallelism(2);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            Configuration conf = new Configuration();
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            conf.setString("restart-strategy.fixed-delay.attempts", "3");
            conf.setString("restart-strategy.fixed-delay.delay", "200 ms");
            env.configure(conf);
            env.setParallelism(2);
            new ChatJob(
                            config,
                            List.of(
                                    new ChatJob.NamedSource(
                                            "replay", new ReplaySource(config.replay()))),
                            new RedisActionsSource(config.redis().url(), actionsKey),
                            sinks.apply(JobSinks.real(config)))
                    .build(env);
            JobClient job = env.executeAsync("exactly-once " + name);
            try {
                Function<String, Long> count = sql -> count(db, sql);
                Await.until(
                        Duration.ofSeconds(120),
                        () ->
                                count.apply(
                                                "SELECT count(*) FROM questions WHERE id IN ('"
                                                        + questionOf(Platform.TWITCH, "q1")
                                                        + "','"
                                                        + questionOf(Platform.YOUTUBE, "q2")
                                                        + "')")
                                        == 2,
                        () -> "questions: " + rows(db, "SELECT id, question FROM questions"));
                for (UserAction a : apiActions()) {
                    redis.xadd(actionsKey, StreamEntryID.NEW_ENTRY, a.toStreamFields());
                }
                Await.until(
                        Duration.ofSeconds(120),
                        () ->
                                count.apply("SELECT count(*) FROM messages") == 68
                                        && count.apply(
                                                        "SELECT upvotes FROM questions WHERE id = '"
                                                                + questionOf(Platform.TWITCH, "q1")
                                                                + "'")
                                                == 4
                                        && count.apply(
                                                        "SELECT count(*) FROM questions WHERE answered")
                                                == 1
                                        && count.apply(
                                                        "SELECT count(*) FROM messages WHERE upvotes = 1")
                                                == 1
                                        && count.apply(
                                                        "SELECT count(*) FROM messages WHERE deleted")
                                                == 4
                                        && count.apply(
                                                        "SELECT coalesce(sum(messages_total), 0) FROM channels")
                                                == 68
                                        && count.apply(
                                                        "SELECT coalesce(sum(messages), 0) FROM stats WHERE platform <> '*'"
                                                                + " AND window_end - window_start = interval '10 seconds'")
                                                == 68
                                        && count.apply(
                                                        "SELECT coalesce(sum(upvotes), 0) FROM stats WHERE platform = '*'"
                                                                + " AND window_end - window_start = interval '10 seconds'")
                                                == 6,
                        () ->
                                "messages "
                                        + count.apply("SELECT count(*) FROM messages")
                                        + ", questions "
                                        + rows(
                                                db,
                                                "SELECT question, asks, upvotes, answered, deleted"
                                                        + " FROM questions")
                                        + ", message votes "
                                        + count.apply(
                                                "SELECT count(*) FROM messages WHERE upvotes = 1")
                                        + ", deleted "
                                        + count.apply("SELECT count(*) FROM messages WHERE deleted")
                                        + ", totals "
                                        + count.apply(
                                                "SELECT coalesce(sum(messages_total), 0) FROM channels")
                                        + ", stats "
                                        + rows(
                                                db,
                                                "SELECT platform, sum(messages), sum(upvotes) FROM stats"
                                                        + " WHERE window_end - window_start = interval '10 seconds' GROUP BY 1"));
                List<List<String>> result = snapshot(db);
                assertThat(
                                count.apply(
                                        "SELECT asks FROM questions WHERE id = '"
                                                + questionOf(Platform.TWITCH, "q1")
                                                + "'"))
                        .isEqualTo(2);
                assertThat(
                                count.apply(
                                        "SELECT count(*) FROM questions WHERE deleted AND username = 'troll'"))
                        .isEqualTo(1);
                return result;
            } finally {
                job.cancel().get();
                redis.del(actionsKey);
            }
        }
    }

    private static List<List<String>> snapshot(TestDatabase db) {
        return List.of(
                rows(db, "SELECT id, deleted, category, upvotes FROM messages ORDER BY id"),
                rows(
                        db,
                        "SELECT id, asks, upvotes, answered, deleted, sources::text FROM questions ORDER BY id"),
                rows(db, "SELECT type, item_id, voter FROM upvotes ORDER BY 1, 2, 3"),
                rows(db, "SELECT platform, channel, messages_total FROM channels ORDER BY 1, 2"),
                rows(
                        db,
                        "SELECT stream, platform, channel, sum(messages), sum(questions), sum(upvotes)"
                                + " FROM stats WHERE window_end - window_start = interval '10 seconds'"
                                + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
    }

    private static List<String> rows(TestDatabase db, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static long count(TestDatabase db, String sql) {
        List<String> r = rows(db, sql);
        return r.isEmpty() || r.get(0) == null || "null".equals(r.get(0))
                ? -1
                : Long.parseLong(r.get(0));
    }
}
