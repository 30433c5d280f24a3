package io.mellchat.ops.testing;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The serving layer as the real process ({@code java -jar serving/target/mellchat-serving.jar}) on
 * a free port.
 */
public final class ServingProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServingProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServingProcess start(Map<String, String> env, Path dir) throws Exception {
        Path jar =
                Path.of(
                        System.getProperty(
                                "mellchat.serving.jar", "../serving/target/mellchat-serving.jar"));
        int port = Ports.free();
        ProcessBuilder pb =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx256m",
                                "-jar",
                                jar.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("serving.log").toFile());
        pb.environment().putAll(env);
        pb.environment().put("MELLCHAT_HTTP_PORT", Integer.toString(port));
        pb.environment().put("MELLCHAT_DATA_DIR", dir.resolve("serving-data").toString());
        pb.environment()
                .putIfAbsent("MELLCHAT_JWT_SECRET", "ops-test-secret-0123456789abcdef-0123456789");
        ServingProcess s = new ServingProcess(pb.start(), port);
        try {
            Await.until(
                    Duration.ofSeconds(90),
                    s::listening,
                    () -> "serving did not start; see " + dir.resolve("serving.log"));
        } catch (Exception | AssertionError e) {
            s.close();
            throw e;
        }
        return s;
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new AssertionError("serving exited with " + process.exitValue());
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    /**
     * HTTP status of {@code /observe/health/ready} (PostgreSQL, Redis and the job's heartbeat); -1
     * if no answer.
     */
    public int readiness() {
        try {
            return http.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "http://127.0.0.1:"
                                                            + port
                                                            + "/observe/health/ready"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public int get(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    public String metrics() throws Exception {
        return http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/observe/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
