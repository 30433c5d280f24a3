package io.mellchat.ops.cluster;

import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Flink session cluster and one test database for all cluster ITCases of a test run (starting a
 * cluster costs tens of seconds on 2 cores). The job's configuration comes from the JobManager's
 * environment, so every test job writes into that database; tests keep apart by channel names.
 * Closed when the whole run ends.
 */
public final class SharedCluster implements BeforeAllCallback {
    private static volatile Resources resources;

    /** The cluster, its database and the uploaded job jar. */
    public record Resources(
            FlinkCluster cluster,
            TestDatabase db,
            String jarId,
            Path dir,
            String actionsStream,
            FakeTwitchServer twitch)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            try {
                cluster.close();
            } finally {
                twitch.close();
                db.close();
                deleteTree(dir);
            }
        }
    }

    public static Resources get() {
        if (resources == null) {
            throw new IllegalStateException(
                    "annotate the test class with @ExtendWith(SharedCluster.class)");
        }
        return resources;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(
                        SharedCluster.class,
                        k -> {
                            try {
                                resources = start();
                                return resources;
                            } catch (Exception e) {
                                throw new IllegalStateException(
                                        "cannot start the Flink cluster", e);
                            }
                        },
                        Resources.class);
    }

    private static Resources start() throws Exception {
        Path dir = Files.createTempDirectory("mellchat-flink-cluster");
        TestDatabase db = TestDatabase.create();
        // every job's Twitch source reads this fake server (for the channels the tests add as live)
        FakeTwitchServer twitch = FakeTwitchServer.start();
        // the job's user actions come from this stream: other test runs on the machine use others
        String actions = "ops-test-" + UUID.randomUUID() + ":actions";
        Map<String, String> env =
                Map.of(
                        "MELLCHAT_PG_URL",
                        db.config().url(),
                        "MELLCHAT_ACTIONS_STREAM",
                        actions,
                        "MELLCHAT_TWITCH_IRC_URL",
                        twitch.ircUrl(),
                        "MELLCHAT_DISCOVERY_INTERVAL",
                        "1s",
                        "MELLCHAT_CHECKPOINT_INTERVAL",
                        "1s",
                        "MELLCHAT_JDBC_BATCH_INTERVAL",
                        "100ms");
        long start = System.nanoTime();
        FlinkCluster cluster;
        try {
            cluster =
                    FlinkCluster.start(
                            dir,
                            env,
                            // notice a killed TaskManager within seconds (defaults: 10 s / 50 s)
                            Map.of("heartbeat.interval", "1000", "heartbeat.timeout", "6000"));
        } catch (Exception | AssertionError e) {
            twitch.close();
            db.close();
            throw e;
        }
        System.out.printf(
                "[ops] Flink %s session cluster (JobManager + TaskManager JVMs) up in %.1f s%n",
                cluster.rest().version(), (System.nanoTime() - start) / 1e9);
        String jarId = cluster.rest().upload(jobJar());
        return new Resources(cluster, db, jarId, dir, actions, twitch);
    }

    public static Path jobJar() {
        Path jar =
                Path.of(
                        System.getProperty(
                                "mellchat.job.jar",
                                "../flink-job/target/flink-job-0.1.0-SNAPSHOT-job.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "the job jar is missing: " + jar + " (build flink-job first)");
        }
        return jar;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
