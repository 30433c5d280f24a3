package io.mellchat.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.ops.cluster.ClusterJobs;
import io.mellchat.ops.cluster.FlinkCluster;
import io.mellchat.ops.cluster.SharedCluster;
import io.mellchat.ops.deploy.DeployFiles;
import io.mellchat.ops.testing.Await;
import io.mellchat.ops.testing.ChatRecording;
import io.mellchat.ops.testing.Launcher;
import io.mellchat.ops.testing.Pg;
import io.mellchat.ops.testing.Votes;
import io.mellchat.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * MellChat on a real standalone Flink 1.20 session cluster: a JobManager and TaskManagers as
 * separate JVMs configured from {@code flink-conf/config.yaml} (RocksDB, incremental checkpoints,
 * exponential-delay restarts, the Prometheus reporter). The job jar is submitted through Flink's
 * REST API ({@code ./mellchat submit} and {@link FlinkRest}), replays a recording, and writes into
 * a test database. Figures (recovery times, counts) are printed.
 */
@ExtendWith(SharedCluster.class)
class FlinkClusterITCase {
    @TempDir Path dir;
    private FlinkCluster cluster;
    private TestDatabase db;
    private String job;

    @BeforeEach
    void cluster() {
        cluster = SharedCluster.get().cluster();
        db = SharedCluster.get().db();
    }

    @AfterEach
    void cancelJob() throws Exception {
        ClusterJobs.cancel(job);
    }

    static Path jobJar() {
        return SharedCluster.jobJar();
    }

    @Test
    void launcherSubmitsTheJobJarAndStopsItWithASavepoint() throws Exception {
        ChatRecording rec = new ChatRecording(tag("submit"), 300, 3);
        Path file = rec.write(dir.resolve("submit.jsonl"), 3_000);
        Map<String, String> env = Map.of();
        Launcher.Result submitted =
                Launcher.run(
                        dir,
                        env,
                        "submit",
                        "--jobmanager",
                        cluster.jobManagerAddress(),
                        "--jar",
                        jobJar().toString(),
                        "--parallelism",
                        "2",
                        "--",
                        "--replay",
                        file.toString(),
                        "--speed",
                        "1");
        assertThat(submitted.exit()).as(submitted.describe()).isZero();
        job = submitted.out();
        assertThat(job).as(submitted.describe()).matches("[0-9a-f]{32}");

        Pg pg = new Pg(db.config());
        String prefix = rec.prefix();
        Duration stored =
                Await.timed(
                        Duration.ofSeconds(90),
                        () -> pg.messages(prefix) == 300 && pg.counted(prefix) == 300,
                        () ->
                                "rows "
                                        + pg.messages(prefix)
                                        + ", counted "
                                        + pg.counted(prefix)
                                        + jobInfo(job));
        System.out.printf(
                "[ops] submitted with ./mellchat submit: 300 replayed messages in PostgreSQL %.1f s after"
                        + " submission%n",
                stored.toMillis() / 1e3);

        // the Prometheus reporter of config.yaml serves Flink's metrics on every process
        String tmMetrics =
                scrape(cluster.taskManagers().get(cluster.taskManagers().size() - 1).metricsPort());
        String jmMetrics = scrape(cluster.jobManager().metricsPort());
        assertThat(tmMetrics).contains("flink_taskmanager_job_task_operator_numRecordsIn");
        assertThat(jmMetrics).contains("flink_jobmanager_job_numberOfCompletedCheckpoints");
        // every Flink metric the alert rules and the operations dashboard use exists (the platform
        // sources' own metrics need live channels, which a replay job has not)
        for (String name : DeployFiles.referencedMetricNames()) {
            if (name.startsWith("flink_") && !name.contains("_platform_")) {
                assertThat(jmMetrics + tmMetrics).as("metric " + name).contains(name);
            }
        }

        Path savepoints = dir.resolve("launcher-savepoints");
        Launcher.Result stopped =
                Launcher.run(
                        dir,
                        env,
                        "stop",
                        "--jobmanager",
                        cluster.jobManagerAddress(),
                        "--job",
                        job,
                        "--savepoint",
                        savepoints.toUri().toString());
        assertThat(stopped.exit()).as(stopped.describe()).isZero();
        Path savepoint = Path.of(URI.create(stopped.out()));
        assertThat(savepoint.resolve("_metadata")).isRegularFile();
        assertThat(state(job)).isEqualTo("FINISHED");
        System.out.println("[ops] ./mellchat stop wrote savepoint " + savepoint);
    }

    @Test
    void resumesFromAStopWithSavepointOnANewJobWithoutLosingOrRepeatingMessages() throws Exception {
        ChatRecording rec = new ChatRecording(tag("savepoint"), 1_500, 3);
        Path file = rec.write(dir.resolve("savepoint.jsonl"), 15_000);
        String prefix = rec.prefix();
        Pg pg = new Pg(db.config());
        job = run(file, Optional.empty());
        Await.until(
                Duration.ofSeconds(90),
                () -> pg.messages(prefix) >= 300,
                () -> "rows " + pg.messages(prefix) + jobInfo(job));

        long t = System.nanoTime();
        String savepoint =
                cluster.rest()
                        .stopWithSavepoint(
                                job,
                                Optional.of(dir.resolve("savepoints").toUri().toString()),
                                Duration.ofSeconds(60));
        double stopSeconds = (System.nanoTime() - t) / 1e9;
        long atStop = pg.messages(prefix);
        assertThat(atStop).isLessThan(1_500);

        t = System.nanoTime();
        job = run(file, Optional.of(savepoint));
        Await.until(
                Duration.ofSeconds(90),
                () -> pg.messages(prefix) == 1_500 && pg.counted(prefix) == 1_500,
                () ->
                        "rows "
                                + pg.messages(prefix)
                                + ", counted "
                                + pg.counted(prefix)
                                + jobInfo(job));
        double resumeSeconds = (System.nanoTime() - t) / 1e9;
        FlinkRest.Checkpoints cp = cluster.rest().checkpoints(job);
        assertThat(cp.restored()).as("the new job started from the savepoint").isEqualTo(1);
        System.out.printf(
                "[ops] stop-with-savepoint took %.1f s with %d of 1500 messages stored; the new job"
                        + " restored it and had all 1500 (counted once each) %.1f s after"
                        + " submission%n",
                stopSeconds, atStop, resumeSeconds);
    }

    @Test
    void restoresFromItsCheckpointWhenTheTaskManagerIsKilled() throws Exception {
        ChatRecording rec = new ChatRecording(tag("kill"), 2_000, 4);
        Path file = rec.write(dir.resolve("kill.jsonl"), 20_000);
        String prefix = rec.prefix();
        Pg pg = new Pg(db.config());
        job = run(file, Optional.empty());
        Await.until(
                Duration.ofSeconds(90),
                () ->
                        pg.messages(prefix) >= 1_500
                                && cluster.rest().checkpoints(job).completed() >= 2,
                () -> "rows " + pg.messages(prefix) + jobInfo(job));

        // votes on one stored message: 12 voters, one of them voting twice, half before the kill
        Votes votes = new Votes(SharedCluster.get().actionsStream());
        String votedChannel = rec.channel(0);
        UUID voted =
                UUID.fromString(
                        pg.text(
                                "SELECT id::text FROM messages WHERE channel = '"
                                        + votedChannel
                                        + "' ORDER BY \"timestamp\" LIMIT 1"));
        String platform = rec.refs().get(0).split(":")[0];
        for (int v = 0; v < 6; v++) {
            votes.upvoteMessage(voted, "viewer:ops" + v, platform, votedChannel);
        }
        votes.upvoteMessage(voted, "viewer:ops0", platform, votedChannel);

        FlinkCluster.Node victim = cluster.taskManagers().get(cluster.taskManagers().size() - 1);
        long beforeKill = pg.messages(prefix);
        long checkpointsBefore = cluster.rest().checkpoints(job).completed();
        long t0 = System.nanoTime();
        cluster.kill(victim);
        cluster.startTaskManager();
        double tmSeconds = (System.nanoTime() - t0) / 1e9;
        Await.until(
                Duration.ofSeconds(120),
                () ->
                        cluster.rest().checkpoints(job).restored() >= 1
                                && cluster.rest().allTasksRunning(job),
                () -> "job not restored" + jobInfo(job));
        double runningSeconds = (System.nanoTime() - t0) / 1e9;
        for (int v = 6; v < 12; v++) {
            votes.upvoteMessage(voted, "viewer:ops" + v, platform, votedChannel);
        }
        votes.upvoteMessage(voted, "viewer:ops7", platform, votedChannel);
        Await.until(
                Duration.ofSeconds(180),
                () -> pg.messages(prefix) == 2_000 && pg.counted(prefix) == 2_000,
                () ->
                        "rows "
                                + pg.messages(prefix)
                                + ", counted "
                                + pg.counted(prefix)
                                + jobInfo(job));
        double completeSeconds = (System.nanoTime() - t0) / 1e9;

        assertThat(
                        pg.count(
                                "SELECT count(DISTINCT platform_message_id) FROM messages WHERE channel LIKE '"
                                        + prefix
                                        + "%'"))
                .isEqualTo(2_000);
        Await.until(
                Duration.ofSeconds(60),
                () ->
                        pg.count("SELECT upvotes FROM messages WHERE id = '" + voted + "'") == 12
                                && pg.count(
                                                "SELECT count(*) FROM upvotes WHERE item_id = '"
                                                        + voted
                                                        + "'")
                                        == 12,
                () ->
                        "votes: message.upvotes "
                                + pg.count(
                                        "SELECT upvotes FROM messages WHERE id = '" + voted + "'")
                                + ", upvote rows "
                                + pg.count(
                                        "SELECT count(*) FROM upvotes WHERE item_id = '"
                                                + voted
                                                + "'")
                                + " (expected 12)");
        for (String ch : rec.channelNames()) {
            assertThat(pg.count("SELECT messages_total FROM channels WHERE channel = '" + ch + "'"))
                    .as("counted once: " + ch)
                    .isEqualTo(
                            pg.count("SELECT count(*) FROM messages WHERE channel = '" + ch + "'"));
        }
        System.out.printf(
                "[ops] kill -9 of the TaskManager with %d of 2000 messages stored (%d checkpoints"
                        + " done): new TaskManager registered after %.1f s, job restored from its"
                        + " checkpoint and running after %.1f s, all 2000 messages stored once and"
                        + " counted once after %.1f s; 12 voters (2 repeated votes) counted exactly%n",
                beforeKill, checkpointsBefore, tmSeconds, runningSeconds, completeSeconds);
    }

    private String run(Path recording, Optional<String> savepoint) throws Exception {
        return ClusterJobs.run(recording, savepoint);
    }

    private String state(String id) throws Exception {
        return cluster.rest().state(id);
    }

    private static String jobInfo(String id) {
        return ClusterJobs.info(id);
    }

    private String scrape(int port) throws Exception {
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + "/metrics"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Files.writeString(dir.resolve("metrics-" + port + ".txt"), r.body());
        return r.body();
    }

    private static String tag(String what) {
        return "ops" + what + UUID.randomUUID().toString().substring(0, 6);
    }
}
