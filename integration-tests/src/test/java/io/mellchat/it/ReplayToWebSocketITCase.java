package io.mellchat.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.connectors.replay.ReplaySource;
import io.mellchat.job.Await;
import io.mellchat.job.ChatJob;
import io.mellchat.job.JobConfig;
import io.mellchat.job.Recordings;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChatJson;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's whole path: a replayed chat through the job (MiniCluster) into PostgreSQL and
 * Redis, and out of the serving process over REST and WebSocket.
 */
class ReplayToWebSocketITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(4)
                            .build());

    @TempDir Path dir;
    private TestDatabase db;
    private ServingProcess serving;
    private final String channel = "replay-e2e-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void start() throws Exception {
        db = TestDatabase.create();
        serving = ServingProcess.start(Map.of("MELLCHAT_PG_URL", db.config().url()), dir);
    }

    @AfterEach
    void stop() throws Exception {
        serving.close();
        db.close();
    }

    @Test
    void replayedChatFlowsToPostgresRestAndWebSocketClients() throws Exception {
        Recordings rec = new Recordings();
        Set<String> expected = new HashSet<>();
        int n = 0;
        for (Platform p : Platform.values()) {
            for (int i = 0; i < 8; i++) {
                ChatMessage m =
                        ChatMessage.builder()
                                .platform(p)
                                .channel(channel)
                                .platformMessageId(p.id() + "-" + i)
                                .userId("u" + i)
                                .username("user" + i)
                                .displayName("User " + i)
                                .message("hello <b>" + i + "</b>")
                                .timestamp(Instant.EPOCH)
                                .build();
                rec.add(1_000 + n * 100L, m);
                expected.add(m.id().toString());
                n++;
            }
        }
        rec.add(
                4_000,
                new MessageDeleted(Platform.KICK, channel, "default", "kick-2", "", Instant.EPOCH));
        String channels = "twitch:" + channel + ",youtube:" + channel + ",kick:" + channel;
        try (WsClient ws =
                new WsClient(
                        URI.create(
                                "ws://127.0.0.1:" + serving.port() + "/ws?channels=" + channels))) {
            JobConfig config =
                    JobConfig.fromEnv(
                                    Map.of(
                                            "MELLCHAT_PG_URL", db.config().url(),
                                            "MELLCHAT_CHECKPOINT_INTERVAL", "1s",
                                            "MELLCHAT_JDBC_BATCH_INTERVAL", "50ms"))
                            .withReplay(new ReplayOptions(rec.write(dir).toString(), 1, false))
                            .withActionsStream("test:actions:" + channel);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            new ChatJob(
                            config,
                            List.of(
                                    new ChatJob.NamedSource(
                                            "replay", new ReplaySource(config.replay()))),
                            io.mellchat.job.ChatSources.actions(config),
                            JobSinks.real(config))
                    .build(env);
            JobClient job = env.executeAsync("MellChat e2e");
            try {
                Set<String> received = new HashSet<>();
                Await.until(
                        Duration.ofSeconds(90),
                        () -> {
                            collectMessageIds(ws.frames(), received);
                            return received.containsAll(expected)
                                    && ws.frames().stream()
                                            .anyMatch(f -> f.contains("\"type\":\"deleted\""));
                        },
                        () ->
                                "received "
                                        + received.size()
                                        + " of "
                                        + expected.size()
                                        + " messages; job "
                                        + job.getJobStatus().join()
                                        + ", rows "
                                        + rows()
                                        + "; frames: "
                                        + ws.frames().size()
                                        + " "
                                        + ws.frames().stream()
                                                .map(f -> f.substring(0, Math.min(300, f.length())))
                                                .toList()
                                        + "; "
                                        + serving.describe());

                Await.until(
                        Duration.ofSeconds(30),
                        () ->
                                restItems(
                                                "/api/v1/messages?platform=twitch&channel="
                                                        + channel
                                                        + "&limit=50")
                                        == 8,
                        () ->
                                "REST had "
                                        + restItems(
                                                "/api/v1/messages?platform=twitch&channel="
                                                        + channel
                                                        + "&limit=50"));
                // the deleted message is left out by default
                Await.until(
                        Duration.ofSeconds(30),
                        () ->
                                restItems(
                                                "/api/v1/messages?platform=kick&channel="
                                                        + channel
                                                        + "&limit=50")
                                        == 7,
                        () ->
                                "kick items: "
                                        + restItems(
                                                "/api/v1/messages?platform=kick&channel="
                                                        + channel
                                                        + "&limit=50"));
                JsonNode first =
                        ChatJson.mapper()
                                .readTree(
                                        serving.get(
                                                        "/api/v1/messages?platform=twitch&channel="
                                                                + channel
                                                                + "&limit=1")
                                                .body())
                                .get("items")
                                .get(0);
                assertThat(first.get("message").asText()).isEqualTo("hello <b>7</b>");
                assertThat(first.get("display_name").asText()).isEqualTo("User 7");

                JsonNode chans = ChatJson.mapper().readTree(serving.get("/api/v1/channels").body());
                assertThat(chans.toString()).contains(channel).contains("\"status\":\"live\"");
                Await.until(
                        Duration.ofSeconds(30),
                        () -> status("/observe/health/ready") == 200,
                        () -> "readiness " + status("/observe/health/ready"));
            } finally {
                job.cancel().get();
            }
        }
    }

    private static void collectMessageIds(List<String> frames, Set<String> into) {
        for (String f : frames) {
            try {
                JsonNode node = ChatJson.mapper().readTree(f);
                if ("message".equals(node.path("type").asText())) {
                    JsonNode data = node.get("data");
                    if (data.isArray()) {
                        data.forEach(m -> into.add(m.get("id").asText()));
                    } else if (data.isObject()) {
                        into.add(data.get("id").asText());
                    }
                }
            } catch (Exception e) {
                throw new AssertionError("bad frame " + f, e);
            }
        }
    }

    private long rows() {
        try (java.sql.Connection c = db.config().connect();
                java.sql.ResultSet rs =
                        c.createStatement().executeQuery("SELECT count(*) FROM messages")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    private int restItems(String path) {
        try {
            return ChatJson.mapper().readTree(serving.get(path).body()).get("items").size();
        } catch (Exception e) {
            return -1;
        }
    }

    private int status(String path) {
        try {
            return serving.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
