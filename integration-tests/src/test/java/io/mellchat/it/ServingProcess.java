package io.mellchat.it;

import io.mellchat.job.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The serving layer as the real process, started the way {@code ./mellchat run} starts it ({@code
 * java -jar serving/target/mellchat-serving.jar}), on a free port.
 */
public final class ServingProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServingProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ServingProcess start(Map<String, String> env, Path workDir) throws Exception {
        Path jar =
                Path.of(
                        System.getProperty(
                                "mellchat.serving.jar", "../serving/target/mellchat-serving.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "serving jar missing: " + jar + " (build the serving module)");
        }
        int port = freePort();
        Path log = workDir.resolve("serving.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        ProcessBuilder pb =
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> e = new HashMap<>(env);
        e.put("MELLCHAT_HTTP_PORT", Integer.toString(port));
        e.putIfAbsent("MELLCHAT_DATA_DIR", workDir.resolve("data").toString());
        e.putIfAbsent("MELLCHAT_JWT_SECRET", "integration-test-secret-0123456789abcdef");
        pb.environment().putAll(e);
        ServingProcess s = new ServingProcess(pb.start(), port, log);
        try {
            Await.until(Duration.ofSeconds(60), s::listening, s::describe);
        } catch (AssertionError | InterruptedException ex) {
            s.close();
            throw ex;
        }
        return s;
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new AssertionError("serving exited with " + process.exitValue() + ": " + tail());
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

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String describe() {
        return "serving on port " + port + ", log: " + tail();
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
