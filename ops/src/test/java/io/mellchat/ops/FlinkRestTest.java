package io.mellchat.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FlinkRest and FlinkCli against a local fake of the JobManager's REST API. */
class FlinkRestTest {
    @TempDir Path dir;
    private HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final AtomicInteger savepointPolls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/config", x -> answer(x, 200, "{\"flink-version\":\"1.20.5\"}"));
        server.createContext(
                "/v1/jars/upload",
                x -> {
                    bodies.put(
                            "upload",
                            new String(
                                    x.getRequestBody().readAllBytes(),
                                    StandardCharsets.ISO_8859_1));
                    answer(
                            x,
                            200,
                            "{\"filename\":\"/tmp/flink-web/upload/abc_job.jar\",\"status\":\"success\"}");
                });
        server.createContext(
                "/v1/jars/abc_job.jar/run",
                x -> {
                    bodies.put(
                            "run",
                            new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    answer(x, 200, "{\"jobid\":\"0123456789abcdef0123456789abcdef\"}");
                });
        server.createContext(
                "/v1/jars/bad.jar/run",
                x ->
                        answer(
                                x,
                                500,
                                "{\"errors\":[\"org.apache.flink.runtime.rest.handler.RestHandlerException: Could not execute application.\\n\\tat x.y(Z.java:1)\\nCaused by: io.mellchat.job.JobConfigException: MELLCHAT_REDIS_URL must look like redis://host:port\\n\\tat a.b(C.java:2)\"]}"));
        server.createContext(
                "/v1/jobs/0123456789abcdef0123456789abcdef",
                x -> {
                    String path = x.getRequestURI().getPath();
                    if (path.endsWith("/stop")) {
                        bodies.put(
                                "stop",
                                new String(
                                        x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                        answer(x, 202, "{\"request-id\":\"t1\"}");
                    } else if (path.endsWith("/savepoints/t1")) {
                        answer(
                                x,
                                200,
                                savepointPolls.incrementAndGet() < 3
                                        ? "{\"status\":{\"id\":\"IN_PROGRESS\"}}"
                                        : "{\"status\":{\"id\":\"COMPLETED\"},\"operation\":{\"location\":\"file:/sp/savepoint-1\"}}");
                    } else {
                        answer(
                                x,
                                200,
                                "{\"state\":\"RUNNING\",\"vertices\":[{\"status\":\"RUNNING\"}]}");
                    }
                });
        server.createContext(
                "/v1/jobs/overview",
                x ->
                        answer(
                                x,
                                200,
                                "{\"jobs\":[{\"jid\":\"0123456789abcdef0123456789abcdef\",\"name\":\"MellChat\",\"state\":\"RUNNING\"}]}"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Test
    void uploadsTheJarAsMultipartAndRunsItWithItsArguments() throws Exception {
        Path jar = Files.write(dir.resolve("job.jar"), new byte[] {'P', 'K', 3, 4});
        FlinkRest flink = FlinkRest.of(address());
        String id = flink.upload(jar);
        assertThat(id).isEqualTo("abc_job.jar");
        assertThat(bodies.get("upload"))
                .contains("name=\"jarfile\"; filename=\"job.jar\"")
                .contains("PK\u0003\u0004");
        String job =
                flink.run(
                        id,
                        FlinkCli.ENTRY_CLASS,
                        2,
                        Optional.of("file:/sp/1"),
                        false,
                        List.of("--replay", "a b.jsonl"));
        assertThat(job).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(bodies.get("run"))
                .contains("\"entryClass\":\"io.mellchat.job.ChatJobMain\"")
                .contains("\"parallelism\":2")
                .contains("\"savepointPath\":\"file:/sp/1\"")
                .contains("\"programArgsList\":[\"--replay\",\"a b.jsonl\"]");
    }

    @Test
    void flinksStackTraceBecomesTheInnermostCause() {
        FlinkRest flink = FlinkRest.of(address());
        assertThatThrownBy(
                        () ->
                                flink.run(
                                        "bad.jar",
                                        FlinkCli.ENTRY_CLASS,
                                        0,
                                        Optional.empty(),
                                        false,
                                        List.of()))
                .isInstanceOf(FlinkRestException.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("MELLCHAT_REDIS_URL must look like redis://host:port")
                .hasMessageNotContaining("\tat ");
    }

    @Test
    void stopWithSavepointPollsUntilTheSavepointIsComplete() throws Exception {
        String path =
                FlinkRest.of(address())
                        .stopWithSavepoint(
                                "0123456789abcdef0123456789abcdef",
                                Optional.of("file:/sp"),
                                Duration.ofSeconds(10));
        assertThat(path).isEqualTo("file:/sp/savepoint-1");
        assertThat(bodies.get("stop"))
                .contains("\"targetDirectory\":\"file:/sp\"")
                .contains("\"drain\":false");
        assertThat(savepointPolls.get()).isEqualTo(3);
    }

    @Test
    void cliSubmitsPrintsOnlyTheJobIdAndStopsTheRunningJob() throws Exception {
        Path jar = Files.write(dir.resolve("job.jar"), new byte[] {1});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FlinkCli cli = new FlinkCli(new PrintStream(out, true), new PrintStream(err, true));
        assertThat(
                        cli.run(
                                new String[] {
                                    "submit",
                                    "--jobmanager",
                                    address(),
                                    "--jar",
                                    jar.toString(),
                                    "--",
                                    "--replay",
                                    "bundled"
                                }))
                .isZero();
        assertThat(out.toString().trim()).isEqualTo("0123456789abcdef0123456789abcdef");
        out.reset();
        assertThat(
                        cli.run(
                                new String[] {
                                    "stop", "--jobmanager", address(), "--savepoint", "file:/sp"
                                }))
                .isZero();
        assertThat(out.toString().trim()).isEqualTo("file:/sp/savepoint-1");
        out.reset();
        assertThat(
                        cli.run(
                                new String[] {
                                    "submit",
                                    "--jobmanager",
                                    address(),
                                    "--jar",
                                    jar.toString(),
                                    "--if-absent"
                                }))
                .isZero();
        assertThat(err.toString()).contains("already runs; not submitting again");
    }

    @Test
    void cliExplainsUsageMistakesAndUnreachableJobManagers() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FlinkCli cli =
                new FlinkCli(
                        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true));
        assertThat(cli.run(new String[] {"submit", "--jar", "x.jar"})).isEqualTo(2);
        assertThat(err.toString()).contains("--jobmanager HOST:PORT is required");
        err.reset();
        assertThat(cli.run(new String[] {"stop", "--jobmanager", "not a host"})).isEqualTo(2);
        assertThat(err.toString()).contains("--jobmanager must be HOST:PORT");
        err.reset();
        int closed = server.getAddress().getPort();
        server.stop(0);
        assertThat(cli.run(new String[] {"stop", "--jobmanager", "127.0.0.1:" + closed}))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("cannot reach the Flink JobManager")
                .contains("--jobmanager");
    }
}
