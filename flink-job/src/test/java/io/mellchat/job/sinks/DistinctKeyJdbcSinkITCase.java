package io.mellchat.job.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.Await;
import io.mellchat.job.JobConfig;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import io.mellchat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The messages sink with pgjdbc's batch rewriting on the real schema: a message and its deletions
 * may follow each other closely, and PostgreSQL refuses a multi-row upsert that holds one key
 * twice.
 */
class DistinctKeyJdbcSinkITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(1)
                            .build());

    private static final Instant T = Instant.parse("2026-12-07T12:00:00Z");

    private static ChatMessage message(int n) {
        return ChatMessage.builder()
                .platform(Platform.TWITCH)
                .channel("replay-distinct")
                .platformMessageId("m" + n)
                .username("u" + n % 7)
                .message("line " + n)
                .timestamp(T.plusMillis(n))
                .build();
    }

    /** The job's messages sink, batches of 500 written after {@code interval}. */
    private static DistinctKeyJdbcSink<MessageWrite> messagesSink(
            TestDatabase db, String interval) {
        JobConfig config =
                JobConfig.fromEnv(
                        Map.of(
                                "MELLCHAT_PG_URL",
                                db.config().url(),
                                "MELLCHAT_JDBC_BATCH_SIZE",
                                "500",
                                "MELLCHAT_JDBC_BATCH_INTERVAL",
                                interval));
        return JobSinks.messagesSink(config);
    }

    @Test
    void messagesAndTheirDeletionsInTheSameBatchAreAllStored() throws Exception {
        Random random = new Random(5);
        List<MessageWrite> writes = new ArrayList<>();
        TreeMap<String, Boolean> expected = new TreeMap<>();
        for (int n = 0; n < 2_000; n++) {
            ChatMessage m = message(n);
            writes.add(MessageWrite.insert(m));
            expected.put(m.id().toString(), false);
            for (int d = random.nextInt(3); d > 0 && random.nextInt(3) == 0; d--) {
                // a deletion of a recent message, sometimes the same one twice
                ChatMessage target = message(Math.max(0, n - random.nextInt(40)));
                writes.add(MessageWrite.deletion(target.toBuilder().deleted(true).build()));
                expected.put(target.id().toString(), true);
            }
        }
        try (TestDatabase db = TestDatabase.create()) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            env.fromData(writes).sinkTo(messagesSink(db, "10m"));
            env.execute("distinct-key batches");
            assertThat(stored(db)).isEqualTo(expected);
        }
    }

    @Test
    void anOpenBatchIsWrittenAfterTheBatchInterval() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            env.addSource(new ThreeThenIdle())
                    .returns(MessageWrite.class)
                    .sinkTo(messagesSink(db, "100ms"));
            JobClient job = env.executeAsync("batch interval");
            try {
                Await.until(
                        Duration.ofSeconds(30),
                        () -> stored(db).containsValue(true),
                        () -> "stored: " + stored(db));
                // no checkpoints and no end of input: only the interval can have written them
                assertThat(stored(db)).hasSize(3).containsValue(true);
            } finally {
                job.cancel().get();
            }
        }
    }

    /** Three messages and a deletion, then nothing until cancelled. */
    private static final class ThreeThenIdle implements SourceFunction<MessageWrite> {
        private static final long serialVersionUID = 1L;
        private boolean running = true;

        @Override
        public void run(SourceContext<MessageWrite> out) throws Exception {
            synchronized (out.getCheckpointLock()) {
                out.collect(MessageWrite.insert(message(1)));
                out.collect(MessageWrite.insert(message(2)));
                out.collect(MessageWrite.insert(message(3)));
                out.collect(MessageWrite.deletion(message(2).toBuilder().deleted(true).build()));
            }
            synchronized (this) {
                while (running) {
                    wait();
                }
            }
        }

        @Override
        public void cancel() {
            synchronized (this) {
                running = false;
                notifyAll();
            }
        }
    }

    private static TreeMap<String, Boolean> stored(TestDatabase db) {
        TreeMap<String, Boolean> rows = new TreeMap<>();
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, deleted FROM messages")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getBoolean(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
