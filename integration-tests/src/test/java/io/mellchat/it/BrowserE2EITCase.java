package io.mellchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.connectors.replay.ReplaySource;
import io.mellchat.job.Await;
import io.mellchat.job.ChatJob;
import io.mellchat.job.ChatSources;
import io.mellchat.job.JobConfig;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChatJson;
import io.mellchat.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PWA in real headless Chromium (Debian's {@code chromium}, driven by playwright-core from
 * {@code web/e2e/run.mjs}) against the real system: the serving process, the job on a MiniCluster
 * replaying the bundled recording, PostgreSQL and Redis. Chat appears, a question is upvoted and
 * re-ranks, a moderator answers it, a deletion removes a message, the overlay renders, the service
 * worker installs and the app loads offline. Screenshots go to {@code web/target/e2e-screenshots}.
 */
class BrowserE2EITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(4)
                            .build());

    private static final String SECRET = "browser-e2e-secret-" + UUID.randomUUID();
    @TempDir Path dir;

    @Test
    void thePwaWorksInARealBrowserAgainstTheRealSystem() throws Exception {
        String actions = "test:actions:" + UUID.randomUUID();
        try (TestDatabase db = TestDatabase.create();
                ServingProcess serving =
                        ServingProcess.start(
                                Map.of(
                                        "MELLCHAT_PG_URL", db.config().url(),
                                        "MELLCHAT_JWT_SECRET", SECRET,
                                        "MELLCHAT_ACTIONS_STREAM", actions),
                                dir)) {
            JobConfig config =
                    JobConfig.fromEnv(
                                    Map.of(
                                            "MELLCHAT_PG_URL",
                                            db.config().url(),
                                            "MELLCHAT_CHECKPOINT_INTERVAL",
                                            "2s"))
                            .withReplay(new ReplayOptions(ReplayOptions.BUNDLED, 3, true))
                            .withActionsStream(actions);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            new ChatJob(
                            config,
                            List.of(
                                    new ChatJob.NamedSource(
                                            "replay", new ReplaySource(config.replay()))),
                            ChatSources.actions(config),
                            JobSinks.real(config))
                    .build(env);
            JobClient job = env.executeAsync("MellChat browser e2e");
            try {
                Await.until(
                        Duration.ofSeconds(120),
                        () -> openQuestions(serving) >= 3,
                        () -> "open questions: " + openQuestions(serving));
                Path log = dir.resolve("e2e.log");
                Path web = Path.of(System.getProperty("mellchat.web.dir", "../web"));
                ProcessBuilder pb =
                        new ProcessBuilder("node", "e2e/run.mjs")
                                .directory(web.toFile())
                                .redirectErrorStream(true)
                                .redirectOutput(log.toFile());
                pb.environment().put("MELLCHAT_E2E_URL", "http://127.0.0.1:" + serving.port());
                pb.environment().put("MELLCHAT_E2E_MODERATOR_TOKEN", token(serving, "moderator"));
                Process e2e = pb.start();
                boolean done = e2e.waitFor(15, TimeUnit.MINUTES);
                if (!done) {
                    e2e.destroyForcibly();
                }
                String out = Files.readString(log, StandardCharsets.UTF_8);
                System.out.println(out);
                assertThat(done).as("the browser tests finished in time:\n" + out).isTrue();
                assertThat(e2e.exitValue()).as("browser tests:\n" + out).isZero();
                assertThat(out).contains(" 0 failed");
            } finally {
                job.cancel().get();
            }
        }
    }

    private static int openQuestions(ServingProcess serving) {
        try {
            return ChatJson.mapper()
                    .readTree(serving.get("/api/v1/questions?limit=50").body())
                    .get("items")
                    .size();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A token signed with the serving process's secret, as {@code ./mellchat token} prints it. */
    private static String token(ServingProcess serving, String role) throws Exception {
        Path jar =
                Path.of(
                        System.getProperty(
                                "mellchat.serving.jar", "../serving/target/mellchat-serving.jar"));
        ProcessBuilder pb =
                new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        jar.toAbsolutePath().toString(),
                        "io.mellchat.serving.cli.TokenCommand",
                        "--role",
                        role,
                        "--subject",
                        "e2e-" + role);
        pb.environment().put("MELLCHAT_JWT_SECRET", SECRET);
        Process p = pb.start();
        String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).isZero();
        return token;
    }
}
