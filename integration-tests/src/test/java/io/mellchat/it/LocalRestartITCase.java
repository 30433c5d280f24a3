package io.mellchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.Await;
import io.mellchat.job.Recordings;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import io.mellchat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mellchat run}'s job process killed with SIGKILL mid-replay and started again resumes
 * from its last retained checkpoint: nothing is reset and nothing is counted twice.
 */
class LocalRestartITCase {
    private static final int MESSAGES = 240;
    @TempDir Path dir;

    @Test
    void aKilledRunResumesFromItsLastCheckpoint() throws Exception {
        String channel = "replay-restart-" + UUID.randomUUID().toString().substring(0, 8);
        Recordings rec = new Recordings();
        for (int i = 0; i < MESSAGES; i++) {
            Platform p = Platform.values()[i % 3];
            rec.add(
                    i * 50L,
                    ChatMessage.builder()
                            .platform(p)
                            .channel(channel)
                            .platformMessageId("m" + i)
                            .userId("u" + (i % 9))
                            .username("user" + (i % 9))
                            .message("message number " + i)
                            .timestamp(Instant.EPOCH)
                            .build());
        }
        Path recording = rec.write(dir);
        try (TestDatabase db = TestDatabase.create()) {
            Map<String, String> env =
                    Map.of(
                            "MELLCHAT_PG_URL",
                            db.config().url(),
                            "MELLCHAT_CHECKPOINT_DIR",
                            dir.resolve("checkpoints").toString(),
                            "MELLCHAT_CHECKPOINT_INTERVAL",
                            "1s",
                            "MELLCHAT_ACTIONS_STREAM",
                            "test:actions:" + channel,
                            "MELLCHAT_JDBC_BATCH_INTERVAL",
                            "50ms");
            List<String> args = List.of("--replay", recording.toString(), "--once");

            Process first = LocalRunnerProcess.start(env, args, dir.resolve("first.log"));
            try {
                Await.until(
                        Duration.ofSeconds(120),
                        () -> rows(db) >= 60 && checkpointed(dir),
                        () ->
                                "rows "
                                        + rows(db)
                                        + ", log: "
                                        + LocalRunnerProcess.tail(dir.resolve("first.log")));
            } finally {
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no clean shutdown
            }
            long before = rows(db);
            assertThat(before).isLessThan(MESSAGES);

            Process second = LocalRunnerProcess.start(env, args, dir.resolve("second.log"));
            try {
                Await.until(
                        Duration.ofSeconds(120),
                        () -> rows(db) == MESSAGES && total(db) == MESSAGES,
                        () ->
                                "rows "
                                        + rows(db)
                                        + ", total "
                                        + total(db)
                                        + ", log: "
                                        + LocalRunnerProcess.tail(dir.resolve("second.log")));
                assertThat(Files.readString(dir.resolve("second.log")))
                        .contains("resuming from checkpoint");
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean checkpointed(Path dir) {
        try (var walk = Files.walk(dir.resolve("checkpoints"))) {
            return walk.anyMatch(p -> p.getFileName().toString().equals("_metadata"));
        } catch (Exception e) {
            return false;
        }
    }

    private static long rows(TestDatabase db) {
        return query(db, "SELECT count(*) FROM messages");
    }

    private static long total(TestDatabase db) {
        return query(db, "SELECT coalesce(sum(messages_total), 0) FROM channels");
    }

    private static long query(TestDatabase db, String sql) {
        try (Connection c = db.config().connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }
}
