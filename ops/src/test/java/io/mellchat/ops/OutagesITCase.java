package io.mellchat.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.ops.cluster.ClusterJobs;
import io.mellchat.ops.cluster.FlinkCluster;
import io.mellchat.ops.cluster.SharedCluster;
import io.mellchat.ops.deploy.DeployFiles;
import io.mellchat.ops.testing.Await;
import io.mellchat.ops.testing.ChatRecording;
import io.mellchat.ops.testing.Pg;
import io.mellchat.ops.testing.Services;
import io.mellchat.ops.testing.ServingProcess;
import io.mellchat.ops.testing.WsMessages;
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
 * Redis and PostgreSQL each stopped for 30 s while the job (on the real Flink cluster) replays chat
 * and the real serving process has a WebSocket client: the job fails its sinks, restarts from its
 * checkpoint with exponential backoff (flink-conf/config.yaml) until the service is back; serving
 * reports not-ready and then ready again; the client gets messages again; no message is lost or
 * counted twice. Recovery times are printed. These stop this machine's services, so they run last
 * (failsafe runs ITCases alphabetically) and always restart them in a finally block.
 */
@ExtendWith(SharedCluster.class)
class OutagesITCase {
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int MESSAGES = 3_000;

    @TempDir Path dir;
    private FlinkCluster cluster;
    private ServingProcess serving;
    private Pg pg;
    private String job;

    @BeforeEach
    void start() throws Exception {
        cluster = SharedCluster.get().cluster();
        pg = new Pg(SharedCluster.get().db().config());
        serving =
                ServingProcess.start(
                        Map.of("MELLCHAT_PG_URL", SharedCluster.get().db().config().url()), dir);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            ClusterJobs.cancel(job);
        } finally {
            serving.close();
        }
    }

    @Test
    void servingExportsTheMetricsTheAlertsAndDashboardsUse() throws Exception {
        serving.get("/api/v1/channels");
        String metrics = serving.metrics();
        String exporter = DeployFiles.text("deploy/prometheus/postgres-exporter-queries.yml");
        for (String name : DeployFiles.referencedMetricNames()) {
            if (!name.startsWith("mellchat_")) {
                continue;
            }
            if (name.equals("mellchat_channel_up")
                    || name.startsWith("mellchat_messages_last_minute")) {
                // postgres-exporter: <query name>_<column>
                assertThat(exporter).contains(name.substring(0, name.lastIndexOf('_')) + ":");
            } else {
                assertThat(metrics).as("serving metric " + name).contains(name);
            }
        }
    }

    @Test
    void redisDownFor30SecondsDelaysButLosesNothing() throws Exception {
        outage("Redis", Services::stopRedis, Services::startRedis);
    }

    @Test
    void postgresDownFor30SecondsDelaysButLosesNothing() throws Exception {
        outage("PostgreSQL", Services::stopPostgres, Services::startPostgres);
    }

    interface Action {
        void run() throws Exception;
    }

    private void outage(String what, Action stop, Action start) throws Exception {
        ChatRecording rec =
                new ChatRecording(
                        "opsout" + UUID.randomUUID().toString().substring(0, 6), MESSAGES, 3);
        Path file = rec.write(dir.resolve("outage.jsonl"), 60_000);
        String prefix = rec.prefix();
        job = ClusterJobs.run(file, Optional.empty());
        try (WsMessages ws = new WsMessages(serving.port(), rec.refs())) {
            Await.until(
                    Duration.ofSeconds(90),
                    () ->
                            serving.readiness() == 200
                                    && pg.messages(prefix) >= 1_000
                                    && ws.received() > 0,
                    () ->
                            "before the outage: ready "
                                    + serving.readiness()
                                    + ", rows "
                                    + pg.messages(prefix)
                                    + ", ws "
                                    + ws.received()
                                    + ClusterJobs.info(job));
            long restoredBefore = cluster.rest().checkpoints(job).restored();
            long rowsBefore = pg.messages(prefix);
            // readiness while the service is down: 503 in time (each check is bounded to 2 s)
            java.util.Set<Integer> seen = new java.util.TreeSet<>();
            long back;
            stop.run();
            try {
                long end = System.nanoTime() + OUTAGE.toNanos();
                while (System.nanoTime() < end) { // the outage itself: watch serving meanwhile
                    seen.add(serving.readiness());
                    Thread.sleep(Math.min(250, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                }
            } finally {
                start.run();
                back = System.nanoTime();
            }
            assertThat(seen)
                    .as("serving's readiness while " + what + " was down (-1: no answer in 5 s)")
                    .contains(503);

            Await.until(
                    Duration.ofSeconds(120),
                    () ->
                            cluster.rest().checkpoints(job).restored() > restoredBefore
                                    && cluster.rest().allTasksRunning(job),
                    () -> "job did not restart" + ClusterJobs.info(job));
            double jobBack = seconds(back);
            Await.until(
                    Duration.ofSeconds(120),
                    () -> serving.readiness() == 200,
                    () -> "serving not ready again");
            double readyBack = seconds(back);
            int wsAtBack = ws.received();
            Await.until(
                    Duration.ofSeconds(120),
                    () -> ws.received() > wsAtBack,
                    () -> "no WebSocket messages after the outage");
            double wsBack = seconds(back);
            Await.until(
                    Duration.ofSeconds(120),
                    () -> pg.messages(prefix) == MESSAGES && pg.counted(prefix) == MESSAGES,
                    () ->
                            "rows "
                                    + pg.messages(prefix)
                                    + ", counted "
                                    + pg.counted(prefix)
                                    + ClusterJobs.info(job));
            double complete = seconds(back);
            long restarts = cluster.rest().checkpoints(job).restored() - restoredBefore;
            System.out.printf(
                    "[ops] %s down for %d s with %d of %d messages stored: serving's readiness answered %s;"
                            + " after %s came back the job was running again (%d restore(s) from its"
                            + " checkpoint) in %.1f s, serving ready in %.1f s, WebSocket messages"
                            + " flowing in %.1f s, all %d messages stored once and counted once in"
                            + " %.1f s; the WebSocket client got %d of them live%n",
                    what,
                    OUTAGE.toSeconds(),
                    rowsBefore,
                    MESSAGES,
                    seen,
                    what,
                    restarts,
                    jobBack,
                    readyBack,
                    wsBack,
                    MESSAGES,
                    complete,
                    ws.received());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
